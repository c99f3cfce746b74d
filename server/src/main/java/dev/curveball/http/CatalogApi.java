package dev.curveball.http;

import dev.curveball.catalog.Catalog;
import dev.curveball.catalog.Prompt;
import dev.curveball.catalog.RubricDimension;
import dev.curveball.catalog.Verdict;
import dev.curveball.protocol.Codec;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code GET /api/catalog}: what a host picks a prompt from, and the rubric a scorecard rates. Of the prompts, ids,
 * titles, tags, deck sizes and calibration only: anyone may call it, candidates included, so it never carries a
 * statement, a card's text, guidance or an answer. The rubric is no secret; a candidate may well read what is expected of them.
 */
final class CatalogApi {
    /** The listing never changes while the node runs: encoded, compressed and tagged once, like a static file. */
    private final StaticAssets.Asset listing;

    CatalogApi(Catalog catalog) {
        String body = Codec.mapper().valueToTree(new Listing(catalog.prompts().stream().map(Entry::of).toList(),
            catalog.rubric().dimensions().stream().map(Dimension::of).toList(), catalog.rubric().partialCredit(),
            catalog.rubric().verdicts())).toString();
        this.listing = StaticAssets.asset("/api/catalog.json", body.getBytes(StandardCharsets.UTF_8));
    }

    void list(RoutingContext ctx) {
        StaticFiles.respond(ctx, listing);
    }

    /**
     * The response body; these records are the whole of what leaves the server.
     *
     * @param partialCredit how to score a level 3 or 4 descriptor met only in part
     * @param verdicts      the level-to-verdict table, strongest first
     */
    record Listing(List<Entry> prompts, List<Dimension> rubric, String partialCredit, List<Verdict> verdicts) {
    }

    /**
     * A prompt as a host picks it: its calibration is public (a candidate may choose a hard one to practise), its
     * statement, scope, cards, strong answer and common mistakes are not.
     *
     * @param levels the target levels, e.g. "L4–L6"
     * @param focus  the rubric dimension ids the prompt weighs most
     */
    record Entry(String id, String title, List<String> tags, int twists, String difficulty, String levels,
                 List<String> focus) {
        static Entry of(Prompt prompt) {
            return new Entry(prompt.id(), prompt.title(), prompt.tags(), prompt.twists().size(),
                prompt.difficulty().wireName(), prompt.levels(), prompt.focus());
        }
    }

    /** @param levels the descriptors of levels 1 to 4, in order */
    record Dimension(String id, String name, List<String> levels) {
        static Dimension of(RubricDimension dimension) {
            return new Dimension(dimension.id(), dimension.name(), dimension.levels());
        }
    }
}
