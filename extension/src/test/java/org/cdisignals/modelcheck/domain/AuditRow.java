package org.cdisignals.modelcheck.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the check's observers write through the application's entity manager, as Django's post_save profile. */
@Entity
@Table(name = "MC_AUDIT")
public class AuditRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "SUBJECT")
    private String subject;

    protected AuditRow() {
    }

    public AuditRow(String subject) {
        this.subject = subject;
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    @Override
    public String toString() {
        return "AuditRow#" + id;
    }
}
