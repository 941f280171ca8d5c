package org.cdisignals.admin.composite;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.cdisignals.admin.ModelAdmin;

@ApplicationScoped
public class SeatAdmin implements ModelAdmin<Seat> {

    @Override
    public Class<Seat> model() {
        return Seat.class;
    }

    @Override
    public List<String> columns() {
        return List.of("holder");
    }
}
