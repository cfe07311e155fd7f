/**
 * Ports: the small set of things Value Matrix needs from its host (Confluence, Jira or the
 * standalone reference host). Each product implements them as {@code <Host><Port>}.
 * Nothing in {@code core} may depend on a host type; the ports are the only way in.
 */
package org.valuematrix.spi;
