package dev.tally.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One claim: a source's figure for a subject and metric, as of a period, made public at a time.
 *
 * <p>{@code asOf} is the valid time (what the figure refers to); {@code reported} is the knowledge
 * time (when it became public), kept at the precision known, usually a day or a month. An
 * estimate supersedes the ones it {@code revises}. Build one with {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  the estimate's id, unique in its ledger
 * @param source  the id of the source that makes the claim
 * @param subject  the id of what is counted
 * @param metric  the id of the kind of figure
 * @param quantity  the figure as stated
 * @param asOf  the period the figure refers to
 * @param basis  whether the figure is a running total or counts its period only
 * @param reported  when the figure became public
 * @param via  who relayed the claim, such as "lawmakers briefed by the NIS"
 * @param credibility  the Admiralty grade of this claim
 * @param citation  where the claim was published
 * @param note  a free note
 * @param revises  the estimates this one supersedes, in order, each id once
 */
public record Estimate(String id, String source, String subject, String metric, Quantity quantity, Period asOf,
                       Basis basis, Period reported, Optional<String> via, Optional<Credibility> credibility,
                       Optional<Citation> citation, Optional<String> note, List<Revision> revises) {

    /**
     * Checks every component and copies the revisions.
     *
     * @param id  the estimate's id, unique in its ledger
     * @param source  the id of the source that makes the claim
     * @param subject  the id of what is counted
     * @param metric  the id of the kind of figure
     * @param quantity  the figure as stated
     * @param asOf  the period the figure refers to
     * @param basis  whether the figure is a running total or counts its period only
     * @param reported  when the figure became public
     * @param via  who relayed the claim, such as "lawmakers briefed by the NIS"
     * @param credibility  the Admiralty grade of this claim
     * @param citation  where the claim was published
     * @param note  a free note
     * @param revises  the estimates this one supersedes, in order, each id once
     * @throws IllegalArgumentException if an id is malformed or an estimate is revised twice
     */
    public Estimate {
        Ids.check(id, "estimate id");
        Ids.checkShared(source, "source id");
        Ids.checkShared(subject, "subject id");
        Ids.checkShared(metric, "metric id");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reported, "reported");
        via = Ids.optional(via, "via");
        Objects.requireNonNull(credibility, "credibility");
        Objects.requireNonNull(citation, "citation");
        note = Ids.optional(note, "note");
        revises = revises.isEmpty() ? List.of() : List.copyOf(revises);
        if (revises.size() > 1 && revises.stream().map(Revision::target).distinct().count() != revises.size()) {
            throw new IllegalArgumentException("estimate " + id + " names the same revised estimate twice");
        }
    }

    /**
     * A builder with the basis {@link Basis#CUMULATIVE} and every optional field empty.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this estimate's values.
     *
     * @return a new builder, never null
     */
    public Builder toBuilder() {
        return new Builder().id(id).source(source).subject(subject).metric(metric).quantity(quantity).asOf(asOf)
                .basis(basis).reported(reported).via(via.orElse(null)).credibility(credibility.orElse(null))
                .citation(citation.orElse(null)).note(note.orElse(null)).revises(revises);
    }

    /**
     * This estimate with another note.
     *
     * @param text  the note, or null or blank for none
     * @return the changed estimate, or this one if the note is the same
     */
    public Estimate withNote(String text) {
        Optional<String> changed = Optional.ofNullable(text).filter(t -> !t.isBlank());
        return changed.equals(note) ? this : toBuilder().note(text).build();
    }

    /**
     * The ids of the estimates this one supersedes.
     *
     * @return the ids, in order, never null
     */
    public List<String> revisedIds() {
        return revises.stream().map(Revision::target).toList();
    }

    /**
     * Builds an {@link Estimate}. Optional values may be set to null to leave them empty.
     * The builder is not thread-safe.
     */
    public static final class Builder {
        private String id;
        private String source;
        private String subject;
        private String metric;
        private Quantity quantity;
        private Period asOf;
        private Basis basis = Basis.CUMULATIVE;
        private Period reported;
        private String via;
        private Credibility credibility;
        private Citation citation;
        private String note;
        private final List<Revision> revises = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the id.
         *
         * @param value  the id
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Sets the source id.
         *
         * @param value  the source id
         * @return this builder
         */
        public Builder source(String value) {
            this.source = value;
            return this;
        }

        /**
         * Sets the subject id.
         *
         * @param value  the subject id
         * @return this builder
         */
        public Builder subject(String value) {
            this.subject = value;
            return this;
        }

        /**
         * Sets the metric id.
         *
         * @param value  the metric id
         * @return this builder
         */
        public Builder metric(String value) {
            this.metric = value;
            return this;
        }

        /**
         * Sets the figure.
         *
         * @param value  the figure
         * @return this builder
         */
        public Builder quantity(Quantity value) {
            this.quantity = value;
            return this;
        }

        /**
         * Sets the figure from text, as {@link Quantity#parse(String)} reads it.
         *
         * @param text  the figure's text
         * @return this builder
         */
        public Builder quantity(String text) {
            return quantity(Quantity.parse(text));
        }

        /**
         * Sets the period the figure refers to.
         *
         * @param value  the period
         * @return this builder
         */
        public Builder asOf(Period value) {
            this.asOf = value;
            return this;
        }

        /**
         * Sets the period the figure refers to from text, as {@link Period#parse(String)} reads it.
         *
         * @param text  the period's text
         * @return this builder
         */
        public Builder asOf(String text) {
            return asOf(Period.parse(text));
        }

        /**
         * Sets the basis.
         *
         * @param value  the basis
         * @return this builder
         */
        public Builder basis(Basis value) {
            this.basis = value;
            return this;
        }

        /**
         * Sets when the figure became public.
         *
         * @param value  the day, month or year
         * @return this builder
         */
        public Builder reported(Period value) {
            this.reported = value;
            return this;
        }

        /**
         * Sets when the figure became public from text, as {@link Period#parse(String)} reads it.
         *
         * @param text  the day, month or year
         * @return this builder
         */
        public Builder reported(String text) {
            return reported(Period.parse(text));
        }

        /**
         * Sets who relayed the claim.
         *
         * @param value  the relay, or null for none
         * @return this builder
         */
        public Builder via(String value) {
            this.via = value;
            return this;
        }

        /**
         * Sets the credibility of the claim.
         *
         * @param value  the grade, or null for none
         * @return this builder
         */
        public Builder credibility(Credibility value) {
            this.credibility = value;
            return this;
        }

        /**
         * Sets the citation.
         *
         * @param value  the citation, or null for none
         * @return this builder
         */
        public Builder citation(Citation value) {
            this.citation = value;
            return this;
        }

        /**
         * Sets the note.
         *
         * @param value  the note, or null for none
         * @return this builder
         */
        public Builder note(String value) {
            this.note = value;
            return this;
        }

        /**
         * Adds an estimate that this one supersedes.
         *
         * @param target  the superseded estimate's id
         * @param kind  why it is superseded
         * @return this builder
         */
        public Builder revises(String target, RevisionKind kind) {
            revises.add(new Revision(target, kind));
            return this;
        }

        /**
         * Replaces the revisions.
         *
         * @param values  the revisions, not null
         * @return this builder
         */
        public Builder revises(List<Revision> values) {
            if (!revises.isEmpty()) {
                revises.clear();
            }
            if (!values.isEmpty()) {
                revises.addAll(values);
            }
            return this;
        }

        /**
         * Builds the estimate.
         *
         * @return the estimate, never null
         * @throws NullPointerException if a required value is missing
         * @throws IllegalArgumentException if a value is invalid
         */
        public Estimate build() {
            return new Estimate(id, source, subject, metric, quantity, asOf, basis, reported,
                    Optional.ofNullable(via), Optional.ofNullable(credibility), Optional.ofNullable(citation),
                    Optional.ofNullable(note), revises);
        }
    }
}
