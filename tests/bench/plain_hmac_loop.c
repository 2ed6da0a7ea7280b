/* Baseline for the derive-key benchmark: for every line of IDS_FILE, base64(HMAC-SHA256(group key, line))
 * written as "id,key" lines, with nothing but stdio and OpenSSL's one-shot HMAC(). No validation.
 * usage: bench-plain-hmac-loop GROUP_KEY_FILE IDS_FILE OUTPUT_FILE */
#include <stdio.h>
#include <string.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: %s GROUP_KEY_FILE IDS_FILE OUTPUT_FILE\n", argv[0]);
        return 2;
    }
    char keyText[512];
    FILE *keyFile = fopen(argv[1], "r");
    if (!keyFile || !fgets(keyText, sizeof keyText, keyFile)) {
        fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    fclose(keyFile);
    keyText[strcspn(keyText, "\r\n")] = '\0';
    unsigned char key[512];
    int keyLength = EVP_DecodeBlock(key, (const unsigned char *)keyText, (int)strlen(keyText));
    if (keyLength < 0)
        return 1;
    size_t textLength = strlen(keyText);
    if (textLength >= 1 && keyText[textLength - 1] == '=')
        keyLength--;
    if (textLength >= 2 && keyText[textLength - 2] == '=')
        keyLength--;

    FILE *in = fopen(argv[2], "r");
    FILE *out = fopen(argv[3], "w");
    if (!in || !out) {
        fprintf(stderr, "cannot open input or output\n");
        return 1;
    }
    char line[512];
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned char encoded[64];
    unsigned int macLength = 0;
    while (fgets(line, sizeof line, in)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '\0')
            continue;
        if (!HMAC(EVP_sha256(), key, keyLength, (const unsigned char *)line, strlen(line), mac, &macLength))
            return 1;
        EVP_EncodeBlock(encoded, mac, (int)macLength);
        fprintf(out, "%s,%s\n", line, encoded);
    }
    fclose(in);
    return fclose(out) == 0 ? 0 : 1;
}
