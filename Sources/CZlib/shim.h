/* zlib for reading .gz inputs transparently. */
#ifndef DSRBOARD_CZLIB_SHIM_H
#define DSRBOARD_CZLIB_SHIM_H
#include <zlib.h>
/* inflateInit2 is a macro over inflateInit2_ with version and struct size. */
static inline int czlib_inflate_init_gzip(z_streamp strm) { return inflateInit2(strm, 15 + 32); }
#endif
