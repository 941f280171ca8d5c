package org.cdisignals.polls;

import jakarta.persistence.MappedSuperclass;

/** A mapped superclass: an entity's parent in Java, never an entity type of its own. */
@MappedSuperclass
public abstract class Timestamped {

    private long version;

    public long getVersion() {
        return version;
    }

    public void touch() {
        version++;
    }
}
