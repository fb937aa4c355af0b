package com.computeledger.domain.shared;

/** Who made a change, as recorded in a deal's history (a user, an API key's owner, the demo loader). */
public record Actor(String name) {

    public static final int MAX_LENGTH = 100;

    public static final Actor ANONYMOUS = new Actor("anonymous");

    public Actor {
        name = Require.text(name, "actor", MAX_LENGTH);
    }
}
