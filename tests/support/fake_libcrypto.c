// A "libcrypto.so.3" with none of OpenSSL's functions, for tst_cli_lazy_openssl: put in front of the real
// one with LD_LIBRARY_PATH, it stands for a broken OpenSSL installation. Not built with the sanitizers.
int eflow_fake_libcrypto_marker(void)
{
    return 3;
}
