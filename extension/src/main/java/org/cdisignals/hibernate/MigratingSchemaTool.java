package org.cdisignals.hibernate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.cdisignals.spi.MigrateEmitter;
import org.hibernate.boot.Metadata;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.tool.schema.spi.SchemaCreator;
import org.hibernate.tool.schema.spi.SchemaDropper;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.TargetDescriptor;
import org.hibernate.tool.schema.Action;
import org.hibernate.tool.schema.SourceType;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.DelayedDropAction;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.ScriptSourceInput;
import org.hibernate.tool.schema.spi.SourceDescriptor;

/**
 * Hibernate's schema management tool, with {@code PreMigrate}/{@code PostMigrate} around each schema creation that
 * writes to the database. The plan is what the same dropper and creator write to a script, generated first into
 * memory. Where the unit drops before it creates (JPA {@code drop-and-create}, {@code hibernate.hbm2ddl.auto=create}),
 * Hibernate runs the drop and the creation as two steps: {@code PreMigrate} comes before the drop, with both steps in
 * its plan, and {@code PostMigrate} after the creation.
 *
 * <p>Only the creator and the dropper are intercepted, by {@link #wrap}; the tool itself is a {@link ServiceWrapper}
 * proxy, because {@code SchemaManagementTool}'s other methods name types Hibernate 7 moved.
 */
final class MigratingSchemaTool {

    private final SchemaManagementTool delegate;
    private final String using;
    // The plan PreMigrate announced before a drop, for the creation that follows it.
    private volatile List<String> announced;

    MigratingSchemaTool(SchemaManagementTool delegate, String using) {
        this.delegate = delegate;
        this.using = using;
    }

    /** Hibernate's tool, with its creator and dropper announcing migrations of {@code using}. */
    static SchemaManagementTool wrap(SchemaManagementTool delegate, String using) {
        MigratingSchemaTool tool = new MigratingSchemaTool(delegate, using);
        return ServiceWrapper.wrap(SchemaManagementTool.class, delegate, (method, args) -> {
            if (method.getParameterCount() == 1 && args[0] instanceof Map<?, ?> options) {
                @SuppressWarnings("unchecked")
                Map<String, Object> settings = (Map<String, Object>) options;
                if (method.getName().equals("getSchemaCreator")) {
                    return tool.getSchemaCreator(settings);
                }
                if (method.getName().equals("getSchemaDropper")) {
                    return tool.getSchemaDropper(settings);
                }
            }
            return ServiceWrapper.Interceptor.NOT_INTERCEPTED;
        });
    }

    SchemaCreator getSchemaCreator(Map<String, Object> options) {
        SchemaCreator creator = delegate.getSchemaCreator(options);
        return (metadata, execution, filter, source, target) -> {
            List<String> dropped = announced;
            if (dropped != null && target.getTargetTypes().contains(TargetType.DATABASE)) {
                announced = null;
                creator.doCreation(metadata, execution, filter, source, target);
                MigrateEmitter.postMigrate(using, dropped);
                return;
            }
            if (!target.getTargetTypes().contains(TargetType.DATABASE) || !MigrateEmitter.observed()) {
                creator.doCreation(metadata, execution, filter, source, target);
                return;
            }
            List<String> plan = new ArrayList<>();
            creator.doCreation(metadata, execution, filter, source, recordingInto(plan));
            MigrateEmitter.preMigrate(using, plan);
            creator.doCreation(metadata, execution, filter, source, target);
            MigrateEmitter.postMigrate(using, plan);
        };
    }

    private static TargetDescriptor recordingInto(List<String> plan) {
        ScriptTargetOutput output = new ScriptTargetOutput() {
            @Override
            public void prepare() {
            }

            @Override
            public void accept(String command) {
                plan.add(command);
            }

            @Override
            public void release() {
            }
        };
        return new TargetDescriptor() {
            @Override
            public EnumSet<TargetType> getTargetTypes() {
                return EnumSet.of(TargetType.SCRIPT);
            }

            @Override
            public ScriptTargetOutput getScriptTargetOutput() {
                return output;
            }
        };
    }

    SchemaDropper getSchemaDropper(Map<String, Object> options) {
        SchemaDropper dropper = delegate.getSchemaDropper(options);
        if (!dropsBeforeCreating(options)) {
            return dropper;
        }
        return new SchemaDropper() {
            @Override
            public void doDrop(Metadata metadata, ExecutionOptions execution, ContributableMatcher filter,
                               SourceDescriptor source, TargetDescriptor target) {
                if (!target.getTargetTypes().contains(TargetType.DATABASE) || !MigrateEmitter.observed()) {
                    dropper.doDrop(metadata, execution, filter, source, target);
                    return;
                }
                List<String> plan = new ArrayList<>();
                dropper.doDrop(metadata, execution, filter, source, recordingInto(plan));
                delegate.getSchemaCreator(options).doCreation(metadata, execution, filter, FROM_METADATA,
                        recordingInto(plan));
                MigrateEmitter.preMigrate(using, plan);
                announced = plan;
                dropper.doDrop(metadata, execution, filter, source, target);
            }

            @Override
            public DelayedDropAction buildDelayedAction(Metadata metadata, ExecutionOptions execution,
                                                        ContributableMatcher filter, SourceDescriptor source) {
                return dropper.buildDelayedAction(metadata, execution, filter, source);
            }
        };
    }

    /** Whether the unit's startup action is a drop followed by a creation, as Hibernate's coordinator reads it. */
    private static boolean dropsBeforeCreating(Map<String, Object> options) {
        Object jpa = options.get(SchemaToolingSettings.JAKARTA_HBM2DDL_DATABASE_ACTION);
        Action action = jpa != null ? Action.interpretJpaSetting(jpa)
                : Action.interpretHbm2ddlSetting(options.get(SchemaToolingSettings.HBM2DDL_AUTO));
        return action == Action.CREATE;
    }

    private static final SourceDescriptor FROM_METADATA = new SourceDescriptor() {
        @Override
        public SourceType getSourceType() {
            return SourceType.METADATA;
        }

        @Override
        public ScriptSourceInput getScriptSourceInput() {
            return null;
        }
    };
}
