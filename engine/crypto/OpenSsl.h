#pragma once

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

// OpenSSL's libcrypto, opened on first use instead of when the program starts, the way Qt's own TLS
// backend opens it. Linked the ordinary way, libcrypto added about 1.2 ms to the wizard's first window
// (3,400 symbol bindings and its relocation, bench-startup.sh), and nothing on the first page uses it.
//
// Call the functions as ossl::NAME(...): each has the signature OpenSSL's headers declare (the function
// pointers are typed with decltype of those declarations, so a wrong argument does not compile). The
// engine does not link libcrypto, so a call that bypasses this file fails to link instead of loading
// the library at start-up again.
namespace eflow::crypto::ossl {

#define EFLOW_OPENSSL_FUNCTIONS(X)                                                                           \
    X(BIO_ctrl)                                                                                              \
    X(BIO_free)                                                                                              \
    X(BIO_new)                                                                                               \
    X(BIO_s_mem)                                                                                             \
    X(BN_free)                                                                                               \
    X(BN_new)                                                                                                \
    X(BN_rand)                                                                                               \
    X(BN_to_ASN1_INTEGER)                                                                                    \
    X(CRYPTO_memcmp)                                                                                         \
    X(ERR_clear_error)                                                                                       \
    X(ERR_error_string_n)                                                                                    \
    X(ERR_get_error)                                                                                         \
    X(EVP_DecodeBlock)                                                                                       \
    X(EVP_EncodeBlock)                                                                                       \
    X(EVP_MAC_CTX_free)                                                                                      \
    X(EVP_MAC_CTX_new)                                                                                       \
    X(EVP_MAC_fetch)                                                                                         \
    X(EVP_MAC_final)                                                                                         \
    X(EVP_MAC_init)                                                                                          \
    X(EVP_MAC_update)                                                                                        \
    X(EVP_PKEY_Q_keygen)                                                                                     \
    X(EVP_PKEY_free)                                                                                         \
    X(EVP_sha256)                                                                                            \
    X(OPENSSL_cleanse)                                                                                       \
    X(OPENSSL_thread_stop)                                                                                   \
    X(OSSL_PARAM_construct_end)                                                                              \
    X(OSSL_PARAM_construct_utf8_string)                                                                      \
    X(PEM_write_bio_PrivateKey)                                                                              \
    X(PEM_write_bio_X509)                                                                                    \
    X(RAND_bytes)                                                                                            \
    X(X509V3_EXT_conf_nid)                                                                                   \
    X(X509V3_set_ctx)                                                                                        \
    X(X509_EXTENSION_free)                                                                                   \
    X(X509_NAME_add_entry_by_txt)                                                                            \
    X(X509_add_ext)                                                                                          \
    X(X509_free)                                                                                             \
    X(X509_get_serialNumber)                                                                                 \
    X(X509_get_subject_name)                                                                                 \
    X(X509_getm_notAfter)                                                                                    \
    X(X509_getm_notBefore)                                                                                   \
    X(X509_gmtime_adj)                                                                                       \
    X(X509_new)                                                                                              \
    X(X509_set_issuer_name)                                                                                  \
    X(X509_set_pubkey)                                                                                       \
    X(X509_set_version)                                                                                      \
    X(X509_sign)

struct Functions
{
#define EFLOW_OPENSSL_POINTER(name) decltype(&::name) name = nullptr;
    EFLOW_OPENSSL_FUNCTIONS(EFLOW_OPENSSL_POINTER)
#undef EFLOW_OPENSSL_POINTER
};

// The library's functions, opened on the first call (thread-safe). If libcrypto.so.3 cannot be opened or
// lacks one of them, the installation is broken: this prints which library or function is missing and
// ends the process (exit code 4), as the dynamic loader would have at start-up.
const Functions &functions();

// Whether the library has been opened already (OPENSSL_thread_stop has nothing to do otherwise).
bool isLoaded();

#define EFLOW_OPENSSL_FORWARD(name)                                                                          \
    template<typename... Args>                                                                               \
    inline auto name(Args... args)                                                                           \
    {                                                                                                        \
        return functions().name(args...);                                                                    \
    }
EFLOW_OPENSSL_FUNCTIONS(EFLOW_OPENSSL_FORWARD)
#undef EFLOW_OPENSSL_FORWARD

// OpenSSL's macros that call a function, spelled through the table: BIO_get_mem_data and EVP_EC_gen.
inline long memoryBioData(BIO *bio, char **data)
{
    return ossl::BIO_ctrl(bio, BIO_CTRL_INFO, 0, reinterpret_cast<char *>(data));
}

inline EVP_PKEY *generateEcKey(const char *curve)
{
    return ossl::EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve);
}

} // namespace eflow::crypto::ossl
