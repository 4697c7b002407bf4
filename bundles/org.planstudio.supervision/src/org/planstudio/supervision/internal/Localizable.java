package org.planstudio.supervision.internal;

import java.util.Locale;

/** A message argument that is itself text for people: formatted in the message's locale. */
@FunctionalInterface
public interface Localizable {
    String in(Locale locale);
}
