/** Idempotent creates: keys, request fingerprints, and what a key was first used for. */
package com.computeledger.application.idempotency;
