package org.cdisignals.support;

import java.util.Locale;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/** Hibernate table names in upper case, as EclipseLink names them, so native test SQL works on both. */
public class UpperCaseTableNames extends PhysicalNamingStrategyStandardImpl {

    private static final long serialVersionUID = 1L;

    @Override
    public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment context) {
        return name == null ? null : Identifier.toIdentifier(name.getText().toUpperCase(Locale.ROOT), name.isQuoted());
    }
}
