package org.cdisignals.polls;

import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

    private String city;

    protected Address() {
    }

    public Address(String city) {
        this.city = city;
    }
}
