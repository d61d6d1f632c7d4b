"""chidao: theo dõi chỉ đạo — track directives, targets and commitments in Vietnamese ANTT reports."""

__version__ = "0.1.0"
