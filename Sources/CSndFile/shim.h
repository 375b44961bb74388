// libsndfile, with one helper Swift cannot write directly.
#include <sndfile.h>
#include <stdlib.h>
#include <string.h>

// SF_CUES is a fixed 100-point struct; SFC_SET_CUE takes a variable-length one (SF_CUES_VAR),
// which is a macro-made anonymous struct Swift cannot declare. This builds one of any size.
// Position and sample offset both hold the frame index: FFmpeg and wavinfo read only the offset.
// Returns libsndfile's SFC_SET_CUE result (SF_TRUE on success), or 0 when memory runs out.
static inline int narrator_sf_set_cues(SNDFILE *file, uint32_t count, const uint32_t *ids,
                                       const uint32_t *frames) {
    size_t size = sizeof(uint32_t) + (size_t)count * sizeof(SF_CUE_POINT);
    uint32_t *block = (uint32_t *)calloc(1, size);
    if (block == NULL) return 0;
    block[0] = count;
    SF_CUE_POINT *points = (SF_CUE_POINT *)(block + 1);
    for (uint32_t i = 0; i < count; i++) {
        points[i].indx = (int32_t)ids[i];
        points[i].position = frames[i];
        memcpy(&points[i].fcc_chunk, "data", 4);
        points[i].chunk_start = 0;
        points[i].block_start = 0;
        points[i].sample_offset = frames[i];
    }
    int result = sf_command(file, SFC_SET_CUE, block, (int)size);
    free(block);
    return result;
}
