package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only re-declaration (annotation, as in atlassian-event) that marks a listener method: a
 * public method with one parameter, the event type it receives.
 *
 * <p>Checked against: docs.atlassian.com atlassian-event 2.1.1 {@code EventPublisher} ("Implementations
 * must dispatch events to listeners which have a public method annotated with EventListener and
 * one argument"). Runtime retention on methods, as the publisher finds it by reflection.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
}
