// OpenBLAS's CBLAS interface and the LAPACK routines InitLab calls.
// Debian's libopenblas bundles LAPACK (Fortran symbols such as dgeqrf_)
// but not LAPACKE, so the few LAPACK prototypes needed are declared here.
// Fortran passes every argument by reference; matrices are column-major.
#include <cblas.h>

void dgeqrf_(const int *m, const int *n, double *a, const int *lda,
             double *tau, double *work, const int *lwork, int *info);
void dorgqr_(const int *m, const int *n, const int *k, double *a,
             const int *lda, const double *tau, double *work,
             const int *lwork, int *info);
void dgesdd_(const char *jobz, const int *m, const int *n, double *a,
             const int *lda, double *s, double *u, const int *ldu,
             double *vt, const int *ldvt, double *work, const int *lwork,
             int *iwork, int *info);
void dstev_(const char *jobz, const int *n, double *d, double *e, double *z,
            const int *ldz, double *work, int *info);
