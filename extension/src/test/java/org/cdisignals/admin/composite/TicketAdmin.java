package org.cdisignals.admin.composite;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.cdisignals.admin.ModelAdmin;

@ApplicationScoped
public class TicketAdmin implements ModelAdmin<Ticket> {

    @Override
    public Class<Ticket> model() {
        return Ticket.class;
    }

    @Override
    public List<String> columns() {
        return List.of("holder");
    }
}
