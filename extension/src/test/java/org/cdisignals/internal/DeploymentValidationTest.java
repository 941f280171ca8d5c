package org.cdisignals.internal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.DeploymentException;

import org.cdisignals.Sender;
import org.cdisignals.model.PostSave;
import org.cdisignals.model.PreDelete;
import org.cdisignals.polls.Choice;
import org.cdisignals.polls.NotAnEntity;
import org.cdisignals.polls.Question;
import org.cdisignals.support.Fixture;
import org.junit.jupiter.api.Test;

class DeploymentValidationTest {

    @Test
    void aSenderThatIsNotAnEntityFailsDeploymentNamingTheObserverMethod() {
        DeploymentException thrown = assertThrows(DeploymentException.class, () -> Fixture.start(NotAnEntityObserver.class));

        String message = messages(thrown);
        assertTrue(message.contains("CDISIG-001"), message);
        assertTrue(message.contains(NotAnEntityObserver.class.getName() + ".onSave"), message);
        assertTrue(message.contains(NotAnEntity.class.getName()), message);
    }

    @Test
    void aSenderContradictingTheEventTypeFailsDeployment() {
        DeploymentException thrown = assertThrows(DeploymentException.class, () -> Fixture.start(ContradictoryObserver.class));

        String message = messages(thrown);
        assertTrue(message.contains("CDISIG-002"), message);
        assertTrue(message.contains(ContradictoryObserver.class.getName() + ".onDelete"), message);
    }

    private static String messages(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
            for (Throwable suppressed : t.getSuppressed()) {
                all.append(suppressed.getMessage()).append('\n');
            }
        }
        return all.toString();
    }

    @ApplicationScoped
    static class NotAnEntityObserver {
        void onSave(@Observes @Sender(NotAnEntity.class) PostSave<?> e) {
        }
    }

    @ApplicationScoped
    static class ContradictoryObserver {
        void onDelete(@Observes @Sender(Choice.class) PreDelete<Question> e) {
        }
    }
}
