// The API reference at /docs: Swagger UI 5 from the installed fastapi-offline
// package, started from this file rather than an inline script, so the page
// keeps a script-src 'self' policy and loads nothing from outside.
window.addEventListener("DOMContentLoaded", () => {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
