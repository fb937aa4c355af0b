/**
 * The composition root: the one package that names concrete classes of every module and wires them
 * (docs/adr/0001-composition-root-in-adapters-web.md).
 */
package com.computeledger.bootstrap;
