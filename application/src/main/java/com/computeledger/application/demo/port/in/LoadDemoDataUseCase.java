package com.computeledger.application.demo.port.in;

/** In-port: loads the source article's providers, accelerators and deals into an empty ledger. */
public interface LoadDemoDataUseCase {

    /** Adds whatever demo record is missing; running it again adds nothing. Returns how many records were added. */
    int loadMissing();
}
