package org.valuematrix.plugin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class SalMessagesTest {
    @Mock
    private I18nResolver i18n;
    @Mock
    private LocaleResolver locales;
    private SalMessages target;

    @BeforeEach
    void setUp() {
        target = new SalMessages(i18n, locales);
    }

    @Test
    void text_shouldResolveWithArgumentsMadeSerializable() {
        Object notSerializable = new Object() {
            @Override
            public String toString() {
                return "thing";
            }
        };
        when(i18n.getText(eq("vm.time.days"), any(Serializable[].class))).thenAnswer(i -> {
            Object[] args = i.getArguments();
            return "days:" + args[1] + "," + args[2];
        });

        assertThat(target.text("vm.time.days", 3, notSerializable)).isEqualTo("days:3,thing");
    }

    @Test
    void text_shouldFallBackToTheKey() {
        when(i18n.getText(eq("vm.missing"), any(Serializable[].class))).thenReturn(null);

        assertThat(target.text("vm.missing")).isEqualTo("vm.missing");
    }

    @Test
    void all_shouldReturnEveryValueMatrixTextInTheUsersLocale() {
        when(locales.getLocale()).thenReturn(Locale.GERMAN);
        when(i18n.getAllTranslationsForPrefix("vm.", Locale.GERMAN)).thenReturn(Map.of("vm.stream.more", "Mehr laden"));

        assertThat(target.all()).containsEntry("vm.stream.more", "Mehr laden");
        assertThat(target.locale()).isEqualTo(Locale.GERMAN);
    }
}
