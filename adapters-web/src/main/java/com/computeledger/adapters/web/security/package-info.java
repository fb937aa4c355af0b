/**
 * Who may call what: bearer API keys checked on every write (and on reads where configured), roles per
 * route, the caller as the request's principal. Rules in docs/adr/0011.
 */
package com.computeledger.adapters.web.security;
