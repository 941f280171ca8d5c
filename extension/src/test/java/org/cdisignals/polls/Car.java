package org.cdisignals.polls;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Car {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE)
    private Long id;

    private String plate;

    protected Car() {
    }

    public Car(String plate) {
        this.plate = plate;
    }

    public void setPlate(String plate) {
        this.plate = plate;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + plate + "]";
    }
}
