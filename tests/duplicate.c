/* duplicate.c: a table with every entry written twice must fail to compile */
#include "smtpcode.h"

#ifdef TABLE_reply
const struct reply_info table[600] = {
#include "reply_codes.h"
#ifdef TWICE
#include "reply_codes.h"
#endif
};
#else
const struct enhanced_info table[SUBJECT_MAX + 1][DETAIL_MAX + 1] = {
#include "enhanced_codes.h"
#ifdef TWICE
#include "enhanced_codes.h"
#endif
};
#endif
