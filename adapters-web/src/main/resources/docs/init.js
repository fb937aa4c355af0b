// Swagger UI on the service's own OpenAPI document. A file, not an inline script, so that the page's
// Content-Security-Policy can allow the service's own scripts only.
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" });
