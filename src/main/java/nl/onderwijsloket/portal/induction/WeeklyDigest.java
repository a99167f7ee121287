package nl.onderwijsloket.portal.induction;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.onderwijsloket.portal.induction.data.ContactSql;
import nl.onderwijsloket.portal.induction.data.PlacementSql;
import nl.onderwijsloket.portal.notification.MailText;
import nl.onderwijsloket.portal.notification.Outbox;
import nl.onderwijsloket.portal.notification.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every Monday morning each board's HR gets the week's signals: how many starters have each signal, and who,
 * the same signals the screens show. Boards without a starter with a signal get no mail.
 */
@Component
class WeeklyDigest {

    /** Most names listed per signal; the count says how many there are in all. */
    static final int NAMES = 15;

    private final PlacementSql placements;
    private final Progress progress;
    private final ContactSql contacts;
    private final Outbox outbox;
    private final MessageSource messages;
    private final String baseUrl;

    WeeklyDigest(PlacementSql placements, Progress progress, ContactSql contacts, Outbox outbox,
                 MessageSource messages, @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.placements = placements;
        this.progress = progress;
        this.contacts = contacts;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Scheduled(cron = "${portal.induction.digest-cron:0 0 7 * * MON}", zone = "Europe/Amsterdam")
    void weekly() {
        send();
    }

    /** Queues the digest for every board's HR; returns the number of mails queued. */
    @Transactional
    int send() {
        int sent = 0;
        for (Long board : placements.boardNames().keySet()) {
            var rows = progress.rows(placements.all(board, progress.today()));
            Map<Signal, List<String>> bySignal = new EnumMap<>(Signal.class);
            for (StarterRow row : rows) {
                row.signals().forEach(s -> bySignal.computeIfAbsent(s, k -> new java.util.ArrayList<>()).add(row.name()));
            }
            if (bySignal.isEmpty()) {
                continue;
            }
            for (var hr : contacts.accounts("HR", board)) {
                var text = new MailText(messages, Locale.forLanguageTag(hr.locale()));
                var body = new StringBuilder(text.get("induction.digest.intro", hr.name(), rows.size())).append("\n\n");
                bySignal.forEach((signal, names) -> {
                    body.append(text.get(signal.labelKey())).append(": ").append(names.size()).append('\n');
                    names.stream().limit(NAMES).forEach(n -> body.append("  - ").append(n).append('\n'));
                    if (names.size() > NAMES) {
                        body.append("  ").append(text.get("induction.digest.more", names.size() - NAMES)).append('\n');
                    }
                });
                body.append('\n').append(text.get("induction.digest.outro", baseUrl + "/inductie"));
                outbox.queue(new OutgoingMail(hr.email(), hr.name(), text.get("induction.digest.subject"),
                        body.toString()));
                sent++;
            }
        }
        return sent;
    }
}
