// A refused form's page: "Quay lại để sửa" goes back in the browser's history, which keeps
// what the person typed in the form; without JavaScript the link opens that page again.
(function () {
  "use strict";
  document.querySelectorAll("a.go-back").forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (window.history.length > 1) {
        event.preventDefault();
        window.history.back();
      }
    });
  });
})();
