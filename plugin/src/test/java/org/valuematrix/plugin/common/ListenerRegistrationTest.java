package org.valuematrix.plugin.common;

import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verifyNoInteractions;

import com.atlassian.event.api.EventPublisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InOrder;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ListenerRegistrationTest {
    @Mock
    private EventPublisher publisher;

    @Test
    void lifecycle_shouldRegisterAfterConstructionAndUnregisterOnDestroy() {
        Object listener = new Object();
        ListenerRegistration target = new ListenerRegistration(publisher, listener);

        target.register();
        target.unregister();

        InOrder order = inOrder(publisher);
        order.verify(publisher).register(listener);
        order.verify(publisher).unregister(listener);
    }

    @Test
    void aProductWithoutTheListener_shouldRegisterNothing() {
        ListenerRegistration target = new ListenerRegistration(publisher, null);

        target.register();
        target.unregister();

        verifyNoInteractions(publisher);
    }
}
