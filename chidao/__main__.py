"""`python -m chidao`: the same command line as `chidao`."""

from chidao.cli import main

main()
