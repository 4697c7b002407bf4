package org.planstudio.registry;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.planstudio.model.plan.ItemStatus;
import org.planstudio.registry.internal.Messages;
import org.planstudio.registry.internal.Words;

/** Labels of {@link ItemStatus} and the words a file may use for each. */
public final class ItemStatuses {

    // What staff write in their own tables besides the two labels; one word may mean one status only.
    private static final Map<ItemStatus, List<String>> ALIASES = Map.of(
            ItemStatus.PLANNED, List.of("计划", "筹建中", "拟建", "拟开展", "未开始", "not started"),
            ItemStatus.ACTIVE, List.of("运行中", "实施中", "在建", "进行中", "在研", "running", "in progress", "ongoing"),
            ItemStatus.COMPLETED, List.of("完成", "已结题", "已验收", "done", "finished", "closed"),
            ItemStatus.SUSPENDED, List.of("暂停", "已暂停", "paused", "on hold"),
            ItemStatus.CANCELLED, List.of("取消", "已撤销", "终止", "已终止", "canceled", "terminated"));

    private ItemStatuses() {
    }

    public static String label(ItemStatus status, Locale locale) {
        return Messages.format(locale, "status." + Objects.requireNonNull(status, "status").name());
    }

    public static Optional<ItemStatus> parse(String text) {
        String word = Words.normalize(Objects.requireNonNull(text, "text"));
        if (word.isEmpty()) {
            return Optional.empty();
        }
        for (ItemStatus status : ItemStatus.values()) {
            if (word.equals(Words.normalize(status.getLiteral()))
                    || word.equals(Words.normalize(label(status, Locale.ENGLISH)))
                    || word.equals(Words.normalize(label(status, Locale.SIMPLIFIED_CHINESE)))
                    || ALIASES.get(status).stream().map(Words::normalize).anyMatch(word::equals)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
