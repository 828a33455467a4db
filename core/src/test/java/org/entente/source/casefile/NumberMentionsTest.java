package org.entente.source.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberMentionsTest {

    @Test
    void readsDigitsWithTheirScale() {
        assertThat(NumberMentions.mentions("trade reached $7.8 billion in 1993", 7800)).isTrue();
        assertThat(NumberMentions.mentions("trade reached $7.8 billion in 1993", 1993)).isTrue();
        assertThat(NumberMentions.mentions("a $3-billion contract", 3000)).isTrue();
        assertThat(NumberMentions.mentions("15,000 radio-cassette players", 15000)).isTrue();
        assertThat(NumberMentions.mentions("only 35 percent of the price", 0.35)).isTrue();
        assertThat(NumberMentions.mentions("only 35 percent of the price", 35)).isTrue();
        assertThat(NumberMentions.mentions("1.3 billion population", 1300)).isTrue();
        assertThat(NumberMentions.mentions("the Kozyrev-Gaidar strategy of 1992-93", 1993)).isTrue();
    }

    @Test
    void readsNumberWords() {
        assertThat(NumberMentions.mentions("sell twenty-four SU-27 fighter planes", 24)).isTrue();
        assertThat(NumberMentions.mentions("at least six dozen fighters", 72)).isTrue();
        assertThat(NumberMentions.mentions("forty to sixty SU-30s", 60)).isTrue();
        assertThat(NumberMentions.mentions("about three-fourths of payments", 0.75)).isTrue();
        assertThat(NumberMentions.mentions("at least one-third of", 0.3333)).isTrue();
        assertThat(NumberMentions.mentions("in two and one-half hours", 2.5)).isTrue();
        assertThat(NumberMentions.mentions("rising threefold", 3)).isTrue();
        assertThat(NumberMentions.mentions("a hundred-kilometer-wide zone", 100)).isTrue();
        assertThat(NumberMentions.mentions("a range of three hundred miles", 300)).isTrue();
        assertThat(NumberMentions.mentions("Russia's sixth-largest trade partner", 6)).isTrue();
        assertThat(NumberMentions.mentions("only seven million Russians", 7)).isTrue();
    }

    @Test
    void doesNotInventNumbers() {
        assertThat(NumberMentions.mentions("trade reached $7.8 billion in 1993", 7900)).isFalse();
        assertThat(NumberMentions.mentions("twenty-four fighters", 25)).isFalse();
        assertThat(NumberMentions.mentions("one-third", 0.35)).isFalse();
        assertThat(NumberMentions.mentions("no figures at all", 0)).isFalse();
    }
}
