/**
 * Cross-cutting HTTP machinery in front of Jersey: servlet filters for the request id, the request body limit
 * and the security headers; Jetty handlers for CORS and the rate limit; a filter that closes admin routes.
 */
package com.computeledger.adapters.web.http;
