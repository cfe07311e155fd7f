package org.valuematrix.activity.capture;

import org.valuematrix.activity.CapturedEvent;

/**
 * The one way host events become activity events. Hosts' event listeners, the standalone
 * host's content actions and its demo simulator all call it.
 */
public interface ActivityCapture {

    /**
     * Hands an event over for classification and storage, without blocking the caller beyond
     * a few milliseconds: on a host request thread the write happens later, in batches.
     *
     * @return false when the event was dropped because the queue stayed full (counted and
     *     logged), true otherwise
     */
    boolean capture(CapturedEvent event);
}
