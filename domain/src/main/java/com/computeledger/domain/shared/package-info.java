/** Value objects and guards shared by every part of the domain: money, power, slugs, domain errors. */
package com.computeledger.domain.shared;
