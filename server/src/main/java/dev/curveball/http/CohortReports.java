package dev.curveball.http;

import dev.curveball.cohort.Cohort;
import dev.curveball.protocol.view.Stage;
import dev.curveball.room.ReportRubric;
import dev.curveball.room.RoomState;
import dev.curveball.room.Round;
import dev.curveball.room.RoundReport;
import dev.curveball.store.RoomStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Every finished round of a cohort's rooms as one zip of Markdown reports, each written as the organizer sees it
 * (an observer: the scorecard the interviewer shared, never anyone's private notes). Rooms that have expired are
 * left out.
 */
final class CohortReports {
    private final RoomStore store;
    private final ReportRubric rubric;

    CohortReports(RoomStore store, ReportRubric rubric) {
        this.store = store;
        this.rubric = rubric;
    }

    Future<byte[]> zip(Vertx vertx, Cohort cohort) {
        List<Future<Optional<RoomState>>> reads = cohort.rooms().stream().map(r -> store.read(r.room())).toList();
        return Future.all(reads).compose(all -> vertx.executeBlocking(() -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (int i = 0; i < reads.size(); i++) {
                    Optional<RoomState> room = all.resultAt(i);
                    if (room.isPresent()) {
                        add(zip, room.get(), cohort.rooms().get(i).organizer(), i + 1);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }));
    }

    private void add(ZipOutputStream zip, RoomState state, String organizer, int roomNumber) throws IOException {
        List<Round> rounds = new ArrayList<>(state.history());
        rounds.add(state.round());
        for (Round round : rounds) {
            if (round.stage() != Stage.DONE) {
                continue;
            }
            Optional<String> report = RoundReport.markdown(state, round.number(), organizer, rubric);
            if (report.isPresent()) {
                zip.putNextEntry(new ZipEntry(String.format("room-%03d-%s/round-%02d.md", roomNumber, state.id(),
                    round.number())));
                zip.write(report.get().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
