#ifndef UNDERDOG_CPOCKETSPHINX_H
#define UNDERDOG_CPOCKETSPHINX_H

/*
 * CMU PocketSphinx 5prealpha (Debian: libpocketsphinx-dev) for Swift, plus the few helpers Swift cannot
 * write itself: cmd_ln_init is variadic, so the decoder is created here.
 */
#include <stdio.h>
#include <pocketsphinx.h>
#include <sphinxbase/err.h>
#include <sphinxbase/cmd_ln.h>
#include <sphinxbase/logmath.h>

/* Turns sphinxbase's logging off for the whole process. Called once, before the first decoder: the
 * per-decoder "-logfn" option would reopen a process-wide log file on every ps_init, racing with decoders
 * already running on other threads. */
static inline void underdog_ps_silence_logging(void) {
    err_set_logfp(NULL);
}

/* A decoder for the given acoustic model directory, language model and dictionary, or NULL when any of
 * them cannot be loaded. Silence removal (the built-in VAD) is off so frame numbers stay on the audio's
 * own clock: the caller splits utterances itself and adds their offsets. Free with ps_free. */
static inline ps_decoder_t *underdog_ps_create(const char *hmm, const char *lm, const char *dict) {
    cmd_ln_t *config = cmd_ln_init(NULL, ps_args(), TRUE,
                                   "-hmm", hmm,
                                   "-lm", lm,
                                   "-dict", dict,
                                   "-samprate", "16000",
                                   "-remove_silence", "no",
                                   NULL);
    if (config == NULL) {
        return NULL;
    }
    ps_decoder_t *decoder = ps_init(config);
    cmd_ln_free_r(config); /* ps_init keeps its own reference */
    return decoder;
}

/* The posterior probability (0...1) of a word segment; 1 when the search kept no lattice. */
static inline double underdog_ps_seg_posterior(ps_decoder_t *decoder, ps_seg_t *segment) {
    int32 ascr = 0, lscr = 0, lback = 0;
    int32 prob = ps_seg_prob(segment, &ascr, &lscr, &lback);
    return logmath_exp(ps_get_logmath(decoder), prob);
}

#endif
