package org.cdisignals.polls;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

/** An assigned id, an embeddable, and a many-to-many to itself. */
@Entity
public class Person {

    @Id
    private String username;

    @Embedded
    private Address address;

    @ManyToMany
    @JoinTable(name = "PERSON_FRIENDS")
    private Set<Person> friends = new LinkedHashSet<>();

    protected Person() {
    }

    public Person(String username) {
        this.username = username;
    }

    public String getUsername() {
        return username;
    }

    public Set<Person> getFriends() {
        return friends;
    }

    public void setAddress(Address address) {
        this.address = address;
    }

    @Override
    public String toString() {
        return "Person[" + username + "]";
    }
}
