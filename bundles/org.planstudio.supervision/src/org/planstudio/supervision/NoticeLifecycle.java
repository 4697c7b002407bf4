package org.planstudio.supervision;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.planstudio.model.plan.NoticeStatus;
import org.planstudio.supervision.internal.Localizable;
import org.planstudio.supervision.internal.SupervisionTexts;

/**
 * The life cycle of a supervision notice (督办单) as offices run it: 交办 (assigned) → 签收 (signed
 * for) → 反馈 (answered) → 办结 (closed); 催办 (urged) may come at any open step and is followed
 * by signing for (if it was never signed), an answer, or another urging; an answer that does not
 * settle the matter is urged again. A closed notice is final.
 */
public final class NoticeLifecycle {

    private static final Map<NoticeStatus, Set<NoticeStatus>> NEXT = Map.of(
            NoticeStatus.ASSIGNED, EnumSet.of(NoticeStatus.SIGNED, NoticeStatus.URGED),
            NoticeStatus.SIGNED, EnumSet.of(NoticeStatus.ANSWERED, NoticeStatus.URGED),
            NoticeStatus.URGED, EnumSet.of(NoticeStatus.SIGNED, NoticeStatus.ANSWERED, NoticeStatus.URGED),
            NoticeStatus.ANSWERED, EnumSet.of(NoticeStatus.CLOSED, NoticeStatus.URGED),
            NoticeStatus.CLOSED, EnumSet.noneOf(NoticeStatus.class));

    private NoticeLifecycle() {
    }

    /** The statuses a notice in {@code from} may move to, in life-cycle order. */
    public static Set<NoticeStatus> next(NoticeStatus from) {
        return Collections.unmodifiableSet(EnumSet.copyOf(NEXT.get(Objects.requireNonNull(from, "from"))));
    }

    public static boolean allowed(NoticeStatus from, NoticeStatus to) {
        return next(from).contains(to);
    }

    /** Refuses a move the life cycle does not allow, naming the moves that are. */
    static void check(String number, NoticeStatus from, NoticeStatus to) throws Refusal {
        if (!allowed(from, to)) {
            if (from == NoticeStatus.CLOSED) {
                throw new Refusal("refusal.noticeClosed", number, named(to));
            }
            throw new Refusal("refusal.noticeStep", number, named(from), named(to), (Localizable) locale -> NEXT
                    .get(from).stream().sorted().map(s -> label(s, locale))
                    .collect(Collectors.joining(SupervisionTexts.get(locale, "list.separator"))));
        }
    }

    private static Localizable named(NoticeStatus status) {
        return locale -> label(status, locale);
    }

    /** A notice status's label, in the locale of the message it is formatted into. */
    public static String label(NoticeStatus status, Locale locale) {
        return SupervisionTexts.get(locale, "notice." + status.name());
    }
}
