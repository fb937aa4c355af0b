/**
 * Servlet filters in front of every route of the API port: the request id, the request body limit and the
 * security headers. They run before Jersey, so they cover the document, Swagger UI and errors too.
 */
package com.computeledger.adapters.web.http;
