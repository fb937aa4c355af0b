/**
 * The web adapter's platform: cross-cutting machinery every feature shares (HTTP filters and handlers, JSON
 * rules, problems, security, the OpenAPI document, the access log). Read the features first: deal, reference,
 * analytics.
 */
package com.computeledger.adapters.web.platform;
