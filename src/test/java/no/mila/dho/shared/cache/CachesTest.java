package no.mila.dho.shared.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.cache.CacheManager;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.mila.dho.measurement.application.QuestionnaireCatalog;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CachesTest {

    @Inject
    CacheManager caches;

    @Inject
    QuestionnaireCatalog catalog;

    @Test
    void every_cache_has_a_configured_maximum_size() {
        assertThat(caches.getCacheNames()).containsExactlyInAnyOrder("threshold-limits", "approved-plan-advice",
                "questionnaires", "questionnaire-questions", "qute-cache");
        for (String name : caches.getCacheNames()) {
            assertThat(ConfigProvider.getConfig().getOptionalValue(
                    "quarkus.cache.caffeine.\"" + name + "\".maximum-size", Long.class)).as(name).isPresent();
        }
    }

    @Test
    void a_pathways_questionnaire_is_read_once_and_kept() {
        QuestionnaireCatalog.Questionnaire first = catalog.of("COPD");

        assertThat(catalog.of("COPD")).isSameAs(first);
        assertThat(caches.getCache("questionnaires").orElseThrow().as(CaffeineCache.class).keySet())
                .contains("COPD");
        assertThat(first.questions()).isNotEmpty();
    }
}
