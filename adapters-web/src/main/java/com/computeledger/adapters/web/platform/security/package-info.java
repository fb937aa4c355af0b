/** Who may call what: bearer API keys checked on every write (and on reads where configured), roles per route, the caller as principal (docs/adr/0011). */
package com.computeledger.adapters.web.platform.security;
