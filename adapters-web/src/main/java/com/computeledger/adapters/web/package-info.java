/**
 * The HTTP adapter: Jersey resources under {@code /api/v1}, JSON DTOs and their mapping to the domain, and
 * the error catalogue that turns every failure into an RFC 9457 problem. Resources use in-ports only.
 */
package com.computeledger.adapters.web;
