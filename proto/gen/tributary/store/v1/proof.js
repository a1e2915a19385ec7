/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";
import "../../../../runtime/bigintLongs.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["tributary/store/v1/proof"] || ($protobuf.roots["tributary/store/v1/proof"] = {});

export const tributary = $root.tributary = (() => {

    /**
     * Namespace tributary.
     * @exports tributary
     * @namespace
     */
    const tributary = {};

    tributary.store = (function() {

        /**
         * Namespace store.
         * @memberof tributary
         * @namespace
         */
        const store = {};

        store.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tributary.store
             * @namespace
             */
            const v1 = {};

            v1.SmtProof = (function() {

                /**
                 * Properties of a SmtProof.
                 * @memberof tributary.store.v1
                 * @interface ISmtProof
                 * @property {Uint8Array|null} [key] SmtProof key
                 * @property {number|null} [depth] SmtProof depth
                 * @property {Uint8Array|null} [siblingBitmap] SmtProof siblingBitmap
                 * @property {Array.<Uint8Array>|null} [siblings] SmtProof siblings
                 * @property {tributary.store.v1.ISmtLeaf|null} [leaf] SmtProof leaf
                 */

                /**
                 * Constructs a new SmtProof.
                 * @memberof tributary.store.v1
                 * @classdesc Represents a SmtProof.
                 * @implements ISmtProof
                 * @constructor
                 * @param {tributary.store.v1.ISmtProof=} [properties] Properties to set
                 */
                function SmtProof(properties) {
                    this.siblings = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * SmtProof key.
                 * @member {Uint8Array} key
                 * @memberof tributary.store.v1.SmtProof
                 * @instance
                 */
                SmtProof.prototype.key = $util.newBuffer([]);

                /**
                 * SmtProof depth.
                 * @member {number} depth
                 * @memberof tributary.store.v1.SmtProof
                 * @instance
                 */
                SmtProof.prototype.depth = 0;

                /**
                 * SmtProof siblingBitmap.
                 * @member {Uint8Array} siblingBitmap
                 * @memberof tributary.store.v1.SmtProof
                 * @instance
                 */
                SmtProof.prototype.siblingBitmap = $util.newBuffer([]);

                /**
                 * SmtProof siblings.
                 * @member {Array.<Uint8Array>} siblings
                 * @memberof tributary.store.v1.SmtProof
                 * @instance
                 */
                SmtProof.prototype.siblings = $util.emptyArray;

                /**
                 * SmtProof leaf.
                 * @member {tributary.store.v1.ISmtLeaf|null|undefined} leaf
                 * @memberof tributary.store.v1.SmtProof
                 * @instance
                 */
                SmtProof.prototype.leaf = null;

                /**
                 * Encodes the specified SmtProof message. Does not implicitly {@link tributary.store.v1.SmtProof.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.store.v1.SmtProof
                 * @static
                 * @param {tributary.store.v1.ISmtProof} message SmtProof message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SmtProof.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                    if (message.depth != null && Object.hasOwnProperty.call(message, "depth"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.depth);
                    if (message.siblingBitmap != null && Object.hasOwnProperty.call(message, "siblingBitmap"))
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.siblingBitmap);
                    if (message.siblings != null && message.siblings.length)
                        for (let i = 0; i < message.siblings.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.siblings[i]);
                    if (message.leaf != null && Object.hasOwnProperty.call(message, "leaf"))
                        $root.tributary.store.v1.SmtLeaf.encode(message.leaf, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a SmtProof message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.store.v1.SmtProof
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.store.v1.SmtProof} SmtProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SmtProof.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.store.v1.SmtProof();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.key = reader.bytes();
                                break;
                            }
                        case 2: {
                                message.depth = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.siblingBitmap = reader.bytes();
                                break;
                            }
                        case 4: {
                                if (!(message.siblings && message.siblings.length))
                                    message.siblings = [];
                                message.siblings.push(reader.bytes());
                                break;
                            }
                        case 5: {
                                message.leaf = $root.tributary.store.v1.SmtLeaf.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for SmtProof
                 * @function getTypeUrl
                 * @memberof tributary.store.v1.SmtProof
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                SmtProof.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.store.v1.SmtProof";
                };

                return SmtProof;
            })();

            v1.SmtLeaf = (function() {

                /**
                 * Properties of a SmtLeaf.
                 * @memberof tributary.store.v1
                 * @interface ISmtLeaf
                 * @property {Uint8Array|null} [keyHash] SmtLeaf keyHash
                 * @property {Uint8Array|null} [valueHash] SmtLeaf valueHash
                 */

                /**
                 * Constructs a new SmtLeaf.
                 * @memberof tributary.store.v1
                 * @classdesc Represents a SmtLeaf.
                 * @implements ISmtLeaf
                 * @constructor
                 * @param {tributary.store.v1.ISmtLeaf=} [properties] Properties to set
                 */
                function SmtLeaf(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * SmtLeaf keyHash.
                 * @member {Uint8Array} keyHash
                 * @memberof tributary.store.v1.SmtLeaf
                 * @instance
                 */
                SmtLeaf.prototype.keyHash = $util.newBuffer([]);

                /**
                 * SmtLeaf valueHash.
                 * @member {Uint8Array} valueHash
                 * @memberof tributary.store.v1.SmtLeaf
                 * @instance
                 */
                SmtLeaf.prototype.valueHash = $util.newBuffer([]);

                /**
                 * Encodes the specified SmtLeaf message. Does not implicitly {@link tributary.store.v1.SmtLeaf.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.store.v1.SmtLeaf
                 * @static
                 * @param {tributary.store.v1.ISmtLeaf} message SmtLeaf message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SmtLeaf.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.keyHash != null && Object.hasOwnProperty.call(message, "keyHash"))
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.keyHash);
                    if (message.valueHash != null && Object.hasOwnProperty.call(message, "valueHash"))
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.valueHash);
                    return writer;
                };

                /**
                 * Decodes a SmtLeaf message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.store.v1.SmtLeaf
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.store.v1.SmtLeaf} SmtLeaf
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SmtLeaf.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.tributary.store.v1.SmtLeaf();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.keyHash = reader.bytes();
                                break;
                            }
                        case 2: {
                                message.valueHash = reader.bytes();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for SmtLeaf
                 * @function getTypeUrl
                 * @memberof tributary.store.v1.SmtLeaf
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                SmtLeaf.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.store.v1.SmtLeaf";
                };

                return SmtLeaf;
            })();

            return v1;
        })();

        return store;
    })();

    return tributary;
})();

export { $root as default };
