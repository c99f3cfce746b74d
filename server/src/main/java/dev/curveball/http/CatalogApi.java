package dev.curveball.http;

import dev.curveball.catalog.Catalog;
import dev.curveball.catalog.Prompt;
import dev.curveball.protocol.Codec;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * {@code GET /api/catalog}: what a host picks a prompt from. Ids, titles, tags and deck sizes only: anyone may call
 * it, candidates included, so it never carries a statement, a card's text, guidance or an answer.
 */
final class CatalogApi {
    private final String body;

    CatalogApi(Catalog catalog) {
        this.body = Codec.mapper().valueToTree(new Listing(catalog.prompts().stream().map(Entry::of).toList()))
            .toString();
    }

    void list(RoutingContext ctx) {
        ctx.response().putHeader("Content-Type", "application/json").end(body);
    }

    /** The response body; these records are the whole of what leaves the server. */
    record Listing(List<Entry> prompts) {
    }

    record Entry(String id, String title, List<String> tags, int twists) {
        static Entry of(Prompt prompt) {
            return new Entry(prompt.id(), prompt.title(), prompt.tags(), prompt.twists().size());
        }
    }
}
