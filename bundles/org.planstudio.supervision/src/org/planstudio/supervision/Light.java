package org.planstudio.supervision;

import java.util.Locale;

import org.planstudio.supervision.internal.SupervisionTexts;

/** The lights (亮灯) supervising offices use; ordered from harmless to serious. */
public enum Light {
    GREEN, YELLOW, RED;

    /** 绿灯 / 黄灯 / 红灯: the word shown beside the coloured dot, so that colour is never the only sign. */
    public String label(Locale locale) {
        return SupervisionTexts.get(locale, "light." + name());
    }

    public Light max(Light other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
