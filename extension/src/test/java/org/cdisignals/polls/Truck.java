package org.cdisignals.polls;

import jakarta.persistence.Entity;

@Entity
public class Truck extends Car {

    private int axles;

    protected Truck() {
    }

    public Truck(String plate, int axles) {
        super(plate);
        this.axles = axles;
    }
}
