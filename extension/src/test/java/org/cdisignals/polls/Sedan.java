package org.cdisignals.polls;

import jakarta.persistence.Entity;

@Entity
public class Sedan extends Car {

    private int doors;

    protected Sedan() {
    }

    public Sedan(String plate, int doors) {
        super(plate);
        this.doors = doors;
    }
}
