/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";
import "../../../../runtime/bigintLongs.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["tributary/inference/v1/tx"] || ($protobuf.roots["tributary/inference/v1/tx"] = {});

export const tributary = $root.tributary = (() => {

    /**
     * Namespace tributary.
     * @exports tributary
     * @namespace
     */
    const tributary = {};

    tributary.inference = (function() {

        /**
         * Namespace inference.
         * @memberof tributary
         * @namespace
         */
        const inference = {};

        inference.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tributary.inference
             * @namespace
             */
            const v1 = {};

            v1.Msg = (function() {

                /**
                 * Constructs a new Msg service.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a Msg
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                function Msg(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                }

                (Msg.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Msg;

                /**
                 * Callback as used by {@link tributary.inference.v1.Msg#uploadArtifactChunk}.
                 * @memberof tributary.inference.v1.Msg
                 * @typedef UploadArtifactChunkCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.inference.v1.MsgUploadArtifactChunkResponse} [response] MsgUploadArtifactChunkResponse
                 */

                /**
                 * Calls UploadArtifactChunk.
                 * @function uploadArtifactChunk
                 * @memberof tributary.inference.v1.Msg
                 * @instance
                 * @param {tributary.inference.v1.IMsgUploadArtifactChunk} request MsgUploadArtifactChunk message or plain object
                 * @param {tributary.inference.v1.Msg.UploadArtifactChunkCallback} callback Node-style callback called with the error, if any, and MsgUploadArtifactChunkResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.uploadArtifactChunk = function uploadArtifactChunk(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, uploadArtifactChunk, $root.tributary.inference.v1.MsgUploadArtifactChunk, $root.tributary.inference.v1.MsgUploadArtifactChunkResponse, request, callback);
                }, "name", { value: "UploadArtifactChunk" });

                /**
                 * Calls UploadArtifactChunk.
                 * @function uploadArtifactChunk
                 * @memberof tributary.inference.v1.Msg
                 * @instance
                 * @param {tributary.inference.v1.IMsgUploadArtifactChunk} request MsgUploadArtifactChunk message or plain object
                 * @returns {Promise<tributary.inference.v1.MsgUploadArtifactChunkResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.inference.v1.Msg#registerModel}.
                 * @memberof tributary.inference.v1.Msg
                 * @typedef RegisterModelCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.inference.v1.MsgRegisterModelResponse} [response] MsgRegisterModelResponse
                 */

                /**
                 * Calls RegisterModel.
                 * @function registerModel
                 * @memberof tributary.inference.v1.Msg
                 * @instance
                 * @param {tributary.inference.v1.IMsgRegisterModel} request MsgRegisterModel message or plain object
                 * @param {tributary.inference.v1.Msg.RegisterModelCallback} callback Node-style callback called with the error, if any, and MsgRegisterModelResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.registerModel = function registerModel(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, registerModel, $root.tributary.inference.v1.MsgRegisterModel, $root.tributary.inference.v1.MsgRegisterModelResponse, request, callback);
                }, "name", { value: "RegisterModel" });

                /**
                 * Calls RegisterModel.
                 * @function registerModel
                 * @memberof tributary.inference.v1.Msg
                 * @instance
                 * @param {tributary.inference.v1.IMsgRegisterModel} request MsgRegisterModel message or plain object
                 * @returns {Promise<tributary.inference.v1.MsgRegisterModelResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.inference.v1.Msg#updateModel}.
                 * @memberof tributary.inference.v1.Msg
                 * @typedef UpdateModelCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.inference.v1.MsgUpdateModelResponse} [response] MsgUpdateModelResponse
                 */

                /**
                 * Calls UpdateModel.
                 * @function updateModel
                 * @memberof tributary.inference.v1.Msg
                 * @instance
                 * @param {tributary.inference.v1.IMsgUpdateModel} request MsgUpdateModel message or plain object
                 * @param {tributary.inference.v1.Msg.UpdateModelCallback} callback Node-style callback called with the error, if any, and MsgUpdateModelResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.updateModel = function updateModel(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, updateModel, $root.tributary.inference.v1.MsgUpdateModel, $root.tributary.inference.v1.MsgUpdateModelResponse, request, callback);
                }, "name", { value: "UpdateModel" });

                /**
                 * Calls UpdateModel.
                 * @function updateModel
                 * @memberof tributary.inference.v1.Msg
                 * @instance
                 * @param {tributary.inference.v1.IMsgUpdateModel} request MsgUpdateModel message or plain object
                 * @returns {Promise<tributary.inference.v1.MsgUpdateModelResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.inference.v1.Msg#retireModel}.
                 * @memberof tributary.inference.v1.Msg
                 * @typedef RetireModelCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.inference.v1.MsgRetireModelResponse} [response] MsgRetireModelResponse
                 */

                /**
                 * Calls RetireModel.
                 * @function retireModel
                 * @memberof tributary.inference.v1.Msg
                 * @instance
                 * @param {tributary.inference.v1.IMsgRetireModel} request MsgRetireModel message or plain object
                 * @param {tributary.inference.v1.Msg.RetireModelCallback} callback Node-style callback called with the error, if any, and MsgRetireModelResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.retireModel = function retireModel(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, retireModel, $root.tributary.inference.v1.MsgRetireModel, $root.tributary.inference.v1.MsgRetireModelResponse, request, callback);
                }, "name", { value: "RetireModel" });

                /**
                 * Calls RetireModel.
                 * @function retireModel
                 * @memberof tributary.inference.v1.Msg
                 * @instance
                 * @param {tributary.inference.v1.IMsgRetireModel} request MsgRetireModel message or plain object
                 * @returns {Promise<tributary.inference.v1.MsgRetireModelResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.inference.v1.Msg#requestInference}.
                 * @memberof tributary.inference.v1.Msg
                 * @typedef RequestInferenceCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.inference.v1.MsgRequestInferenceResponse} [response] MsgRequestInferenceResponse
                 */

                /**
                 * Calls RequestInference.
                 * @function requestInference
                 * @memberof tributary.inference.v1.Msg
                 * @instance
                 * @param {tributary.inference.v1.IMsgRequestInference} request MsgRequestInference message or plain object
                 * @param {tributary.inference.v1.Msg.RequestInferenceCallback} callback Node-style callback called with the error, if any, and MsgRequestInferenceResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.requestInference = function requestInference(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, requestInference, $root.tributary.inference.v1.MsgRequestInference, $root.tributary.inference.v1.MsgRequestInferenceResponse, request, callback);
                }, "name", { value: "RequestInference" });

                /**
                 * Calls RequestInference.
                 * @function requestInference
                 * @memberof tributary.inference.v1.Msg
                 * @instance
                 * @param {tributary.inference.v1.IMsgRequestInference} request MsgRequestInference message or plain object
                 * @returns {Promise<tributary.inference.v1.MsgRequestInferenceResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link tributary.inference.v1.Msg#claimDataRewards}.
                 * @memberof tributary.inference.v1.Msg
                 * @typedef ClaimDataRewardsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {tributary.inference.v1.MsgClaimDataRewardsResponse} [response] MsgClaimDataRewardsResponse
                 */

                /**
                 * Calls ClaimDataRewards.
                 * @function claimDataRewards
                 * @memberof tributary.inference.v1.Msg
                 * @instance
                 * @param {tributary.inference.v1.IMsgClaimDataRewards} request MsgClaimDataRewards message or plain object
                 * @param {tributary.inference.v1.Msg.ClaimDataRewardsCallback} callback Node-style callback called with the error, if any, and MsgClaimDataRewardsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.claimDataRewards = function claimDataRewards(request, callback) {
                    return $protobuf.rpc.Service.prototype.rpcCall.call(this, claimDataRewards, $root.tributary.inference.v1.MsgClaimDataRewards, $root.tributary.inference.v1.MsgClaimDataRewardsResponse, request, callback);
                }, "name", { value: "ClaimDataRewards" });

                /**
                 * Calls ClaimDataRewards.
                 * @function claimDataRewards
                 * @memberof tributary.inference.v1.Msg
                 * @instance
                 * @param {tributary.inference.v1.IMsgClaimDataRewards} request MsgClaimDataRewards message or plain object
                 * @returns {Promise<tributary.inference.v1.MsgClaimDataRewardsResponse>} Promise
                 * @variation 2
                 */

                return Msg;
            })();

            v1.MsgUploadArtifactChunk = (function() {

                /**
                 * Properties of a MsgUploadArtifactChunk.
                 * @memberof tributary.inference.v1
                 * @interface IMsgUploadArtifactChunk
                 * @property {string|null} [uploader] MsgUploadArtifactChunk uploader
                 * @property {Uint8Array|null} [artifactHash] MsgUploadArtifactChunk artifactHash
                 * @property {number|Long|null} [totalSize] MsgUploadArtifactChunk totalSize
                 * @property {number|null} [totalChunks] MsgUploadArtifactChunk totalChunks
                 * @property {number|null} [index] MsgUploadArtifactChunk index
                 * @property {Uint8Array|null} [data] MsgUploadArtifactChunk data
                 */

                /**
                 * Constructs a new MsgUploadArtifactChunk.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a MsgUploadArtifactChunk.
                 * @implements IMsgUploadArtifactChunk
                 * @constructor
                 * @param {tributary.inference.v1.IMsgUploadArtifactChunk=} [properties] Properties to set
                 */
                function MsgUploadArtifactChunk(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgUploadArtifactChunk uploader.
                 * @member {string} uploader
                 * @memberof tributary.inference.v1.MsgUploadArtifactChunk
                 * @instance
                 */
                MsgUploadArtifactChunk.prototype.uploader = "";

                /**
                 * MsgUploadArtifactChunk artifactHash.
                 * @member {Uint8Array} artifactHash
                 * @memberof tributary.inference.v1.MsgUploadArtifactChunk
                 * @instance
                 */
                MsgUploadArtifactChunk.prototype.artifactHash = $util.newBuffer([]);

                /**
                 * MsgUploadArtifactChunk totalSize.
                 * @member {number|Long} totalSize
                 * @memberof tributary.inference.v1.MsgUploadArtifactChunk
                 * @instance
                 */
                MsgUploadArtifactChunk.prototype.totalSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgUploadArtifactChunk totalChunks.
                 * @member {number} totalChunks
                 * @memberof tributary.inference.v1.MsgUploadArtifactChunk
                 * @instance
                 */
                MsgUploadArtifactChunk.prototype.totalChunks = 0;

                /**
                 * MsgUploadArtifactChunk index.
                 * @member {number} index
                 * @memberof tributary.inference.v1.MsgUploadArtifactChunk
                 * @instance
                 */
                MsgUploadArtifactChunk.prototype.index = 0;

                /**
                 * MsgUploadArtifactChunk data.
                 * @member {Uint8Array} data
                 * @memberof tributary.inference.v1.MsgUploadArtifactChunk
                 * @instance
                 */
                MsgUploadArtifactChunk.prototype.data = $util.newBuffer([]);

                /**
                 * Encodes the specified MsgUploadArtifactChunk message. Does not implicitly {@link tributary.inference.v1.MsgUploadArtifactChunk.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.MsgUploadArtifactChunk
                 * @static
                 * @param {tributary.inference.v1.IMsgUploadArtifactChunk} message MsgUploadArtifactChunk message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgUploadArtifactChunk.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.uploader != null && Object.hasOwnProperty.call(message, "uploader"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.uploader);
                    if (message.artifactHash != null && Object.hasOwnProperty.call(message, "artifactHash"))
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.artifactHash);
                    if (message.totalSize != null && Object.hasOwnProperty.call(message, "totalSize"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.totalSize);
                    if (message.totalChunks != null && Object.hasOwnProperty.call(message, "totalChunks"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.totalChunks);
                    if (message.index != null && Object.hasOwnProperty.call(message, "index"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.index);
                    if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.data);
                    return writer;
                };

                /**
                 * Decodes a MsgUploadArtifactChunk message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.MsgUploadArtifactChunk
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.MsgUploadArtifactChunk} MsgUploadArtifactChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgUploadArtifactChunk.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.MsgUploadArtifactChunk();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.uploader = reader.string();
                                break;
                            }
                        case 2: {
                                message.artifactHash = reader.bytes();
                                break;
                            }
                        case 3: {
                                message.totalSize = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.totalChunks = reader.uint32();
                                break;
                            }
                        case 5: {
                                message.index = reader.uint32();
                                break;
                            }
                        case 6: {
                                message.data = reader.bytes();
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
                 * Gets the default type url for MsgUploadArtifactChunk
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.MsgUploadArtifactChunk
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgUploadArtifactChunk.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.MsgUploadArtifactChunk";
                };

                return MsgUploadArtifactChunk;
            })();

            v1.MsgUploadArtifactChunkResponse = (function() {

                /**
                 * Properties of a MsgUploadArtifactChunkResponse.
                 * @memberof tributary.inference.v1
                 * @interface IMsgUploadArtifactChunkResponse
                 * @property {number|null} [received] MsgUploadArtifactChunkResponse received
                 * @property {number|null} [totalChunks] MsgUploadArtifactChunkResponse totalChunks
                 */

                /**
                 * Constructs a new MsgUploadArtifactChunkResponse.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a MsgUploadArtifactChunkResponse.
                 * @implements IMsgUploadArtifactChunkResponse
                 * @constructor
                 * @param {tributary.inference.v1.IMsgUploadArtifactChunkResponse=} [properties] Properties to set
                 */
                function MsgUploadArtifactChunkResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgUploadArtifactChunkResponse received.
                 * @member {number} received
                 * @memberof tributary.inference.v1.MsgUploadArtifactChunkResponse
                 * @instance
                 */
                MsgUploadArtifactChunkResponse.prototype.received = 0;

                /**
                 * MsgUploadArtifactChunkResponse totalChunks.
                 * @member {number} totalChunks
                 * @memberof tributary.inference.v1.MsgUploadArtifactChunkResponse
                 * @instance
                 */
                MsgUploadArtifactChunkResponse.prototype.totalChunks = 0;

                /**
                 * Encodes the specified MsgUploadArtifactChunkResponse message. Does not implicitly {@link tributary.inference.v1.MsgUploadArtifactChunkResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.MsgUploadArtifactChunkResponse
                 * @static
                 * @param {tributary.inference.v1.IMsgUploadArtifactChunkResponse} message MsgUploadArtifactChunkResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgUploadArtifactChunkResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.received != null && Object.hasOwnProperty.call(message, "received"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.received);
                    if (message.totalChunks != null && Object.hasOwnProperty.call(message, "totalChunks"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.totalChunks);
                    return writer;
                };

                /**
                 * Decodes a MsgUploadArtifactChunkResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.MsgUploadArtifactChunkResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.MsgUploadArtifactChunkResponse} MsgUploadArtifactChunkResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgUploadArtifactChunkResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.MsgUploadArtifactChunkResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.received = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.totalChunks = reader.uint32();
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
                 * Gets the default type url for MsgUploadArtifactChunkResponse
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.MsgUploadArtifactChunkResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgUploadArtifactChunkResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.MsgUploadArtifactChunkResponse";
                };

                return MsgUploadArtifactChunkResponse;
            })();

            v1.MsgRegisterModel = (function() {

                /**
                 * Properties of a MsgRegisterModel.
                 * @memberof tributary.inference.v1
                 * @interface IMsgRegisterModel
                 * @property {string|null} [owner] MsgRegisterModel owner
                 * @property {string|null} [name] MsgRegisterModel name
                 * @property {string|null} [description] MsgRegisterModel description
                 * @property {Uint8Array|null} [artifact] MsgRegisterModel artifact
                 * @property {Uint8Array|null} [artifactHash] MsgRegisterModel artifactHash
                 * @property {number|null} [contextLength] MsgRegisterModel contextLength
                 * @property {Array.<tributary.attribution.v1.IManifestEntry>|null} [trainingManifest] MsgRegisterModel trainingManifest
                 * @property {tributary.inference.v1.IPricing|null} [pricing] MsgRegisterModel pricing
                 * @property {tributary.inference.v1.IRevenueSplit|null} [split] MsgRegisterModel split
                 * @property {number|null} [maxOutputTokens] MsgRegisterModel maxOutputTokens
                 */

                /**
                 * Constructs a new MsgRegisterModel.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a MsgRegisterModel.
                 * @implements IMsgRegisterModel
                 * @constructor
                 * @param {tributary.inference.v1.IMsgRegisterModel=} [properties] Properties to set
                 */
                function MsgRegisterModel(properties) {
                    this.trainingManifest = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgRegisterModel owner.
                 * @member {string} owner
                 * @memberof tributary.inference.v1.MsgRegisterModel
                 * @instance
                 */
                MsgRegisterModel.prototype.owner = "";

                /**
                 * MsgRegisterModel name.
                 * @member {string} name
                 * @memberof tributary.inference.v1.MsgRegisterModel
                 * @instance
                 */
                MsgRegisterModel.prototype.name = "";

                /**
                 * MsgRegisterModel description.
                 * @member {string} description
                 * @memberof tributary.inference.v1.MsgRegisterModel
                 * @instance
                 */
                MsgRegisterModel.prototype.description = "";

                /**
                 * MsgRegisterModel artifact.
                 * @member {Uint8Array} artifact
                 * @memberof tributary.inference.v1.MsgRegisterModel
                 * @instance
                 */
                MsgRegisterModel.prototype.artifact = $util.newBuffer([]);

                /**
                 * MsgRegisterModel artifactHash.
                 * @member {Uint8Array} artifactHash
                 * @memberof tributary.inference.v1.MsgRegisterModel
                 * @instance
                 */
                MsgRegisterModel.prototype.artifactHash = $util.newBuffer([]);

                /**
                 * MsgRegisterModel contextLength.
                 * @member {number} contextLength
                 * @memberof tributary.inference.v1.MsgRegisterModel
                 * @instance
                 */
                MsgRegisterModel.prototype.contextLength = 0;

                /**
                 * MsgRegisterModel trainingManifest.
                 * @member {Array.<tributary.attribution.v1.IManifestEntry>} trainingManifest
                 * @memberof tributary.inference.v1.MsgRegisterModel
                 * @instance
                 */
                MsgRegisterModel.prototype.trainingManifest = $util.emptyArray;

                /**
                 * MsgRegisterModel pricing.
                 * @member {tributary.inference.v1.IPricing|null|undefined} pricing
                 * @memberof tributary.inference.v1.MsgRegisterModel
                 * @instance
                 */
                MsgRegisterModel.prototype.pricing = null;

                /**
                 * MsgRegisterModel split.
                 * @member {tributary.inference.v1.IRevenueSplit|null|undefined} split
                 * @memberof tributary.inference.v1.MsgRegisterModel
                 * @instance
                 */
                MsgRegisterModel.prototype.split = null;

                /**
                 * MsgRegisterModel maxOutputTokens.
                 * @member {number} maxOutputTokens
                 * @memberof tributary.inference.v1.MsgRegisterModel
                 * @instance
                 */
                MsgRegisterModel.prototype.maxOutputTokens = 0;

                /**
                 * Encodes the specified MsgRegisterModel message. Does not implicitly {@link tributary.inference.v1.MsgRegisterModel.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.MsgRegisterModel
                 * @static
                 * @param {tributary.inference.v1.IMsgRegisterModel} message MsgRegisterModel message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRegisterModel.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.owner != null && Object.hasOwnProperty.call(message, "owner"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                    if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.description);
                    if (message.artifact != null && Object.hasOwnProperty.call(message, "artifact"))
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.artifact);
                    if (message.artifactHash != null && Object.hasOwnProperty.call(message, "artifactHash"))
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.artifactHash);
                    if (message.contextLength != null && Object.hasOwnProperty.call(message, "contextLength"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.contextLength);
                    if (message.trainingManifest != null && message.trainingManifest.length)
                        for (let i = 0; i < message.trainingManifest.length; ++i)
                            $root.tributary.attribution.v1.ManifestEntry.encode(message.trainingManifest[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                    if (message.pricing != null && Object.hasOwnProperty.call(message, "pricing"))
                        $root.tributary.inference.v1.Pricing.encode(message.pricing, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                    if (message.split != null && Object.hasOwnProperty.call(message, "split"))
                        $root.tributary.inference.v1.RevenueSplit.encode(message.split, writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                    if (message.maxOutputTokens != null && Object.hasOwnProperty.call(message, "maxOutputTokens"))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.maxOutputTokens);
                    return writer;
                };

                /**
                 * Decodes a MsgRegisterModel message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.MsgRegisterModel
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.MsgRegisterModel} MsgRegisterModel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRegisterModel.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.MsgRegisterModel();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.owner = reader.string();
                                break;
                            }
                        case 2: {
                                message.name = reader.string();
                                break;
                            }
                        case 3: {
                                message.description = reader.string();
                                break;
                            }
                        case 4: {
                                message.artifact = reader.bytes();
                                break;
                            }
                        case 5: {
                                message.artifactHash = reader.bytes();
                                break;
                            }
                        case 6: {
                                message.contextLength = reader.uint32();
                                break;
                            }
                        case 7: {
                                if (!(message.trainingManifest && message.trainingManifest.length))
                                    message.trainingManifest = [];
                                message.trainingManifest.push($root.tributary.attribution.v1.ManifestEntry.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 8: {
                                message.pricing = $root.tributary.inference.v1.Pricing.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 9: {
                                message.split = $root.tributary.inference.v1.RevenueSplit.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 10: {
                                message.maxOutputTokens = reader.uint32();
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
                 * Gets the default type url for MsgRegisterModel
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.MsgRegisterModel
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgRegisterModel.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.MsgRegisterModel";
                };

                return MsgRegisterModel;
            })();

            v1.MsgRegisterModelResponse = (function() {

                /**
                 * Properties of a MsgRegisterModelResponse.
                 * @memberof tributary.inference.v1
                 * @interface IMsgRegisterModelResponse
                 * @property {number|Long|null} [modelId] MsgRegisterModelResponse modelId
                 * @property {Uint8Array|null} [artifactHash] MsgRegisterModelResponse artifactHash
                 */

                /**
                 * Constructs a new MsgRegisterModelResponse.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a MsgRegisterModelResponse.
                 * @implements IMsgRegisterModelResponse
                 * @constructor
                 * @param {tributary.inference.v1.IMsgRegisterModelResponse=} [properties] Properties to set
                 */
                function MsgRegisterModelResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgRegisterModelResponse modelId.
                 * @member {number|Long} modelId
                 * @memberof tributary.inference.v1.MsgRegisterModelResponse
                 * @instance
                 */
                MsgRegisterModelResponse.prototype.modelId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgRegisterModelResponse artifactHash.
                 * @member {Uint8Array} artifactHash
                 * @memberof tributary.inference.v1.MsgRegisterModelResponse
                 * @instance
                 */
                MsgRegisterModelResponse.prototype.artifactHash = $util.newBuffer([]);

                /**
                 * Encodes the specified MsgRegisterModelResponse message. Does not implicitly {@link tributary.inference.v1.MsgRegisterModelResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.MsgRegisterModelResponse
                 * @static
                 * @param {tributary.inference.v1.IMsgRegisterModelResponse} message MsgRegisterModelResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRegisterModelResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.modelId != null && Object.hasOwnProperty.call(message, "modelId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.modelId);
                    if (message.artifactHash != null && Object.hasOwnProperty.call(message, "artifactHash"))
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.artifactHash);
                    return writer;
                };

                /**
                 * Decodes a MsgRegisterModelResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.MsgRegisterModelResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.MsgRegisterModelResponse} MsgRegisterModelResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRegisterModelResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.MsgRegisterModelResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.modelId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.artifactHash = reader.bytes();
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
                 * Gets the default type url for MsgRegisterModelResponse
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.MsgRegisterModelResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgRegisterModelResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.MsgRegisterModelResponse";
                };

                return MsgRegisterModelResponse;
            })();

            v1.MsgUpdateModel = (function() {

                /**
                 * Properties of a MsgUpdateModel.
                 * @memberof tributary.inference.v1
                 * @interface IMsgUpdateModel
                 * @property {string|null} [owner] MsgUpdateModel owner
                 * @property {number|Long|null} [modelId] MsgUpdateModel modelId
                 * @property {tributary.inference.v1.IPricing|null} [pricing] MsgUpdateModel pricing
                 * @property {string|null} [description] MsgUpdateModel description
                 */

                /**
                 * Constructs a new MsgUpdateModel.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a MsgUpdateModel.
                 * @implements IMsgUpdateModel
                 * @constructor
                 * @param {tributary.inference.v1.IMsgUpdateModel=} [properties] Properties to set
                 */
                function MsgUpdateModel(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgUpdateModel owner.
                 * @member {string} owner
                 * @memberof tributary.inference.v1.MsgUpdateModel
                 * @instance
                 */
                MsgUpdateModel.prototype.owner = "";

                /**
                 * MsgUpdateModel modelId.
                 * @member {number|Long} modelId
                 * @memberof tributary.inference.v1.MsgUpdateModel
                 * @instance
                 */
                MsgUpdateModel.prototype.modelId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgUpdateModel pricing.
                 * @member {tributary.inference.v1.IPricing|null|undefined} pricing
                 * @memberof tributary.inference.v1.MsgUpdateModel
                 * @instance
                 */
                MsgUpdateModel.prototype.pricing = null;

                /**
                 * MsgUpdateModel description.
                 * @member {string|null|undefined} description
                 * @memberof tributary.inference.v1.MsgUpdateModel
                 * @instance
                 */
                MsgUpdateModel.prototype.description = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                Object.defineProperty(MsgUpdateModel.prototype, "_description", {
                    get: $util.oneOfGetter($oneOfFields = ["description"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Encodes the specified MsgUpdateModel message. Does not implicitly {@link tributary.inference.v1.MsgUpdateModel.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.MsgUpdateModel
                 * @static
                 * @param {tributary.inference.v1.IMsgUpdateModel} message MsgUpdateModel message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgUpdateModel.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.owner != null && Object.hasOwnProperty.call(message, "owner"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.modelId != null && Object.hasOwnProperty.call(message, "modelId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.modelId);
                    if (message.pricing != null && Object.hasOwnProperty.call(message, "pricing"))
                        $root.tributary.inference.v1.Pricing.encode(message.pricing, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.description);
                    return writer;
                };

                /**
                 * Decodes a MsgUpdateModel message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.MsgUpdateModel
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.MsgUpdateModel} MsgUpdateModel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgUpdateModel.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.MsgUpdateModel();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.owner = reader.string();
                                break;
                            }
                        case 2: {
                                message.modelId = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.pricing = $root.tributary.inference.v1.Pricing.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 4: {
                                message.description = reader.string();
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
                 * Gets the default type url for MsgUpdateModel
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.MsgUpdateModel
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgUpdateModel.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.MsgUpdateModel";
                };

                return MsgUpdateModel;
            })();

            v1.MsgUpdateModelResponse = (function() {

                /**
                 * Properties of a MsgUpdateModelResponse.
                 * @memberof tributary.inference.v1
                 * @interface IMsgUpdateModelResponse
                 */

                /**
                 * Constructs a new MsgUpdateModelResponse.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a MsgUpdateModelResponse.
                 * @implements IMsgUpdateModelResponse
                 * @constructor
                 * @param {tributary.inference.v1.IMsgUpdateModelResponse=} [properties] Properties to set
                 */
                function MsgUpdateModelResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Encodes the specified MsgUpdateModelResponse message. Does not implicitly {@link tributary.inference.v1.MsgUpdateModelResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.MsgUpdateModelResponse
                 * @static
                 * @param {tributary.inference.v1.IMsgUpdateModelResponse} message MsgUpdateModelResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgUpdateModelResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a MsgUpdateModelResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.MsgUpdateModelResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.MsgUpdateModelResponse} MsgUpdateModelResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgUpdateModelResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.MsgUpdateModelResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
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
                 * Gets the default type url for MsgUpdateModelResponse
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.MsgUpdateModelResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgUpdateModelResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.MsgUpdateModelResponse";
                };

                return MsgUpdateModelResponse;
            })();

            v1.MsgRetireModel = (function() {

                /**
                 * Properties of a MsgRetireModel.
                 * @memberof tributary.inference.v1
                 * @interface IMsgRetireModel
                 * @property {string|null} [owner] MsgRetireModel owner
                 * @property {number|Long|null} [modelId] MsgRetireModel modelId
                 */

                /**
                 * Constructs a new MsgRetireModel.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a MsgRetireModel.
                 * @implements IMsgRetireModel
                 * @constructor
                 * @param {tributary.inference.v1.IMsgRetireModel=} [properties] Properties to set
                 */
                function MsgRetireModel(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgRetireModel owner.
                 * @member {string} owner
                 * @memberof tributary.inference.v1.MsgRetireModel
                 * @instance
                 */
                MsgRetireModel.prototype.owner = "";

                /**
                 * MsgRetireModel modelId.
                 * @member {number|Long} modelId
                 * @memberof tributary.inference.v1.MsgRetireModel
                 * @instance
                 */
                MsgRetireModel.prototype.modelId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified MsgRetireModel message. Does not implicitly {@link tributary.inference.v1.MsgRetireModel.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.MsgRetireModel
                 * @static
                 * @param {tributary.inference.v1.IMsgRetireModel} message MsgRetireModel message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRetireModel.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.owner != null && Object.hasOwnProperty.call(message, "owner"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.modelId != null && Object.hasOwnProperty.call(message, "modelId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.modelId);
                    return writer;
                };

                /**
                 * Decodes a MsgRetireModel message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.MsgRetireModel
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.MsgRetireModel} MsgRetireModel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRetireModel.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.MsgRetireModel();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.owner = reader.string();
                                break;
                            }
                        case 2: {
                                message.modelId = reader.uint64();
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
                 * Gets the default type url for MsgRetireModel
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.MsgRetireModel
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgRetireModel.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.MsgRetireModel";
                };

                return MsgRetireModel;
            })();

            v1.MsgRetireModelResponse = (function() {

                /**
                 * Properties of a MsgRetireModelResponse.
                 * @memberof tributary.inference.v1
                 * @interface IMsgRetireModelResponse
                 */

                /**
                 * Constructs a new MsgRetireModelResponse.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a MsgRetireModelResponse.
                 * @implements IMsgRetireModelResponse
                 * @constructor
                 * @param {tributary.inference.v1.IMsgRetireModelResponse=} [properties] Properties to set
                 */
                function MsgRetireModelResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Encodes the specified MsgRetireModelResponse message. Does not implicitly {@link tributary.inference.v1.MsgRetireModelResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.MsgRetireModelResponse
                 * @static
                 * @param {tributary.inference.v1.IMsgRetireModelResponse} message MsgRetireModelResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRetireModelResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a MsgRetireModelResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.MsgRetireModelResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.MsgRetireModelResponse} MsgRetireModelResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRetireModelResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.MsgRetireModelResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
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
                 * Gets the default type url for MsgRetireModelResponse
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.MsgRetireModelResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgRetireModelResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.MsgRetireModelResponse";
                };

                return MsgRetireModelResponse;
            })();

            v1.MsgRequestInference = (function() {

                /**
                 * Properties of a MsgRequestInference.
                 * @memberof tributary.inference.v1
                 * @interface IMsgRequestInference
                 * @property {string|null} [requester] MsgRequestInference requester
                 * @property {number|Long|null} [modelId] MsgRequestInference modelId
                 * @property {string|null} [prompt] MsgRequestInference prompt
                 * @property {number|null} [maxOutputTokens] MsgRequestInference maxOutputTokens
                 * @property {cosmos.base.v1beta1.ICoin|null} [maxFee] MsgRequestInference maxFee
                 * @property {tributary.inference.v1.ISampling|null} [sampling] MsgRequestInference sampling
                 */

                /**
                 * Constructs a new MsgRequestInference.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a MsgRequestInference.
                 * @implements IMsgRequestInference
                 * @constructor
                 * @param {tributary.inference.v1.IMsgRequestInference=} [properties] Properties to set
                 */
                function MsgRequestInference(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgRequestInference requester.
                 * @member {string} requester
                 * @memberof tributary.inference.v1.MsgRequestInference
                 * @instance
                 */
                MsgRequestInference.prototype.requester = "";

                /**
                 * MsgRequestInference modelId.
                 * @member {number|Long} modelId
                 * @memberof tributary.inference.v1.MsgRequestInference
                 * @instance
                 */
                MsgRequestInference.prototype.modelId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgRequestInference prompt.
                 * @member {string} prompt
                 * @memberof tributary.inference.v1.MsgRequestInference
                 * @instance
                 */
                MsgRequestInference.prototype.prompt = "";

                /**
                 * MsgRequestInference maxOutputTokens.
                 * @member {number} maxOutputTokens
                 * @memberof tributary.inference.v1.MsgRequestInference
                 * @instance
                 */
                MsgRequestInference.prototype.maxOutputTokens = 0;

                /**
                 * MsgRequestInference maxFee.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} maxFee
                 * @memberof tributary.inference.v1.MsgRequestInference
                 * @instance
                 */
                MsgRequestInference.prototype.maxFee = null;

                /**
                 * MsgRequestInference sampling.
                 * @member {tributary.inference.v1.ISampling|null|undefined} sampling
                 * @memberof tributary.inference.v1.MsgRequestInference
                 * @instance
                 */
                MsgRequestInference.prototype.sampling = null;

                /**
                 * Encodes the specified MsgRequestInference message. Does not implicitly {@link tributary.inference.v1.MsgRequestInference.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.MsgRequestInference
                 * @static
                 * @param {tributary.inference.v1.IMsgRequestInference} message MsgRequestInference message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRequestInference.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.requester != null && Object.hasOwnProperty.call(message, "requester"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requester);
                    if (message.modelId != null && Object.hasOwnProperty.call(message, "modelId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.modelId);
                    if (message.prompt != null && Object.hasOwnProperty.call(message, "prompt"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.prompt);
                    if (message.maxOutputTokens != null && Object.hasOwnProperty.call(message, "maxOutputTokens"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxOutputTokens);
                    if (message.maxFee != null && Object.hasOwnProperty.call(message, "maxFee"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.maxFee, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    if (message.sampling != null && Object.hasOwnProperty.call(message, "sampling"))
                        $root.tributary.inference.v1.Sampling.encode(message.sampling, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a MsgRequestInference message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.MsgRequestInference
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.MsgRequestInference} MsgRequestInference
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRequestInference.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.MsgRequestInference();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.requester = reader.string();
                                break;
                            }
                        case 2: {
                                message.modelId = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.prompt = reader.string();
                                break;
                            }
                        case 4: {
                                message.maxOutputTokens = reader.uint32();
                                break;
                            }
                        case 5: {
                                message.maxFee = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 6: {
                                message.sampling = $root.tributary.inference.v1.Sampling.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for MsgRequestInference
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.MsgRequestInference
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgRequestInference.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.MsgRequestInference";
                };

                return MsgRequestInference;
            })();

            v1.MsgRequestInferenceResponse = (function() {

                /**
                 * Properties of a MsgRequestInferenceResponse.
                 * @memberof tributary.inference.v1
                 * @interface IMsgRequestInferenceResponse
                 * @property {number|Long|null} [inferenceId] MsgRequestInferenceResponse inferenceId
                 * @property {string|null} [output] MsgRequestInferenceResponse output
                 * @property {number|Long|null} [attributionRecordId] MsgRequestInferenceResponse attributionRecordId
                 * @property {Array.<tributary.inference.v1.IPayout>|null} [payouts] MsgRequestInferenceResponse payouts
                 * @property {number|null} [tokensGenerated] MsgRequestInferenceResponse tokensGenerated
                 * @property {cosmos.base.v1beta1.ICoin|null} [fee] MsgRequestInferenceResponse fee
                 * @property {string|null} [stopReason] MsgRequestInferenceResponse stopReason
                 */

                /**
                 * Constructs a new MsgRequestInferenceResponse.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a MsgRequestInferenceResponse.
                 * @implements IMsgRequestInferenceResponse
                 * @constructor
                 * @param {tributary.inference.v1.IMsgRequestInferenceResponse=} [properties] Properties to set
                 */
                function MsgRequestInferenceResponse(properties) {
                    this.payouts = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgRequestInferenceResponse inferenceId.
                 * @member {number|Long} inferenceId
                 * @memberof tributary.inference.v1.MsgRequestInferenceResponse
                 * @instance
                 */
                MsgRequestInferenceResponse.prototype.inferenceId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgRequestInferenceResponse output.
                 * @member {string} output
                 * @memberof tributary.inference.v1.MsgRequestInferenceResponse
                 * @instance
                 */
                MsgRequestInferenceResponse.prototype.output = "";

                /**
                 * MsgRequestInferenceResponse attributionRecordId.
                 * @member {number|Long} attributionRecordId
                 * @memberof tributary.inference.v1.MsgRequestInferenceResponse
                 * @instance
                 */
                MsgRequestInferenceResponse.prototype.attributionRecordId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgRequestInferenceResponse payouts.
                 * @member {Array.<tributary.inference.v1.IPayout>} payouts
                 * @memberof tributary.inference.v1.MsgRequestInferenceResponse
                 * @instance
                 */
                MsgRequestInferenceResponse.prototype.payouts = $util.emptyArray;

                /**
                 * MsgRequestInferenceResponse tokensGenerated.
                 * @member {number} tokensGenerated
                 * @memberof tributary.inference.v1.MsgRequestInferenceResponse
                 * @instance
                 */
                MsgRequestInferenceResponse.prototype.tokensGenerated = 0;

                /**
                 * MsgRequestInferenceResponse fee.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} fee
                 * @memberof tributary.inference.v1.MsgRequestInferenceResponse
                 * @instance
                 */
                MsgRequestInferenceResponse.prototype.fee = null;

                /**
                 * MsgRequestInferenceResponse stopReason.
                 * @member {string} stopReason
                 * @memberof tributary.inference.v1.MsgRequestInferenceResponse
                 * @instance
                 */
                MsgRequestInferenceResponse.prototype.stopReason = "";

                /**
                 * Encodes the specified MsgRequestInferenceResponse message. Does not implicitly {@link tributary.inference.v1.MsgRequestInferenceResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.MsgRequestInferenceResponse
                 * @static
                 * @param {tributary.inference.v1.IMsgRequestInferenceResponse} message MsgRequestInferenceResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRequestInferenceResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.inferenceId != null && Object.hasOwnProperty.call(message, "inferenceId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.inferenceId);
                    if (message.output != null && Object.hasOwnProperty.call(message, "output"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.output);
                    if (message.attributionRecordId != null && Object.hasOwnProperty.call(message, "attributionRecordId"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.attributionRecordId);
                    if (message.payouts != null && message.payouts.length)
                        for (let i = 0; i < message.payouts.length; ++i)
                            $root.tributary.inference.v1.Payout.encode(message.payouts[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (message.tokensGenerated != null && Object.hasOwnProperty.call(message, "tokensGenerated"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.tokensGenerated);
                    if (message.fee != null && Object.hasOwnProperty.call(message, "fee"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.fee, writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    if (message.stopReason != null && Object.hasOwnProperty.call(message, "stopReason"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.stopReason);
                    return writer;
                };

                /**
                 * Decodes a MsgRequestInferenceResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.MsgRequestInferenceResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.MsgRequestInferenceResponse} MsgRequestInferenceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRequestInferenceResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.MsgRequestInferenceResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.inferenceId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.output = reader.string();
                                break;
                            }
                        case 3: {
                                message.attributionRecordId = reader.uint64();
                                break;
                            }
                        case 4: {
                                if (!(message.payouts && message.payouts.length))
                                    message.payouts = [];
                                message.payouts.push($root.tributary.inference.v1.Payout.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 5: {
                                message.tokensGenerated = reader.uint32();
                                break;
                            }
                        case 6: {
                                message.fee = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 7: {
                                message.stopReason = reader.string();
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
                 * Gets the default type url for MsgRequestInferenceResponse
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.MsgRequestInferenceResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgRequestInferenceResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.MsgRequestInferenceResponse";
                };

                return MsgRequestInferenceResponse;
            })();

            v1.MsgClaimDataRewards = (function() {

                /**
                 * Properties of a MsgClaimDataRewards.
                 * @memberof tributary.inference.v1
                 * @interface IMsgClaimDataRewards
                 * @property {string|null} [claimer] MsgClaimDataRewards claimer
                 * @property {Array.<number|Long>|null} [contributionIds] MsgClaimDataRewards contributionIds
                 */

                /**
                 * Constructs a new MsgClaimDataRewards.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a MsgClaimDataRewards.
                 * @implements IMsgClaimDataRewards
                 * @constructor
                 * @param {tributary.inference.v1.IMsgClaimDataRewards=} [properties] Properties to set
                 */
                function MsgClaimDataRewards(properties) {
                    this.contributionIds = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgClaimDataRewards claimer.
                 * @member {string} claimer
                 * @memberof tributary.inference.v1.MsgClaimDataRewards
                 * @instance
                 */
                MsgClaimDataRewards.prototype.claimer = "";

                /**
                 * MsgClaimDataRewards contributionIds.
                 * @member {Array.<number|Long>} contributionIds
                 * @memberof tributary.inference.v1.MsgClaimDataRewards
                 * @instance
                 */
                MsgClaimDataRewards.prototype.contributionIds = $util.emptyArray;

                /**
                 * Encodes the specified MsgClaimDataRewards message. Does not implicitly {@link tributary.inference.v1.MsgClaimDataRewards.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.MsgClaimDataRewards
                 * @static
                 * @param {tributary.inference.v1.IMsgClaimDataRewards} message MsgClaimDataRewards message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgClaimDataRewards.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.claimer != null && Object.hasOwnProperty.call(message, "claimer"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.claimer);
                    if (message.contributionIds != null && message.contributionIds.length) {
                        writer.uint32(/* id 2, wireType 2 =*/18).fork();
                        for (let i = 0; i < message.contributionIds.length; ++i)
                            writer.uint64(message.contributionIds[i]);
                        writer.ldelim();
                    }
                    return writer;
                };

                /**
                 * Decodes a MsgClaimDataRewards message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.MsgClaimDataRewards
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.MsgClaimDataRewards} MsgClaimDataRewards
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgClaimDataRewards.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.MsgClaimDataRewards();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.claimer = reader.string();
                                break;
                            }
                        case 2: {
                                if (!(message.contributionIds && message.contributionIds.length))
                                    message.contributionIds = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.contributionIds.push(reader.uint64());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.contributionIds.push(reader.uint64());
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
                 * Gets the default type url for MsgClaimDataRewards
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.MsgClaimDataRewards
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgClaimDataRewards.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.MsgClaimDataRewards";
                };

                return MsgClaimDataRewards;
            })();

            v1.MsgClaimDataRewardsResponse = (function() {

                /**
                 * Properties of a MsgClaimDataRewardsResponse.
                 * @memberof tributary.inference.v1
                 * @interface IMsgClaimDataRewardsResponse
                 * @property {cosmos.base.v1beta1.ICoin|null} [amount] MsgClaimDataRewardsResponse amount
                 */

                /**
                 * Constructs a new MsgClaimDataRewardsResponse.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a MsgClaimDataRewardsResponse.
                 * @implements IMsgClaimDataRewardsResponse
                 * @constructor
                 * @param {tributary.inference.v1.IMsgClaimDataRewardsResponse=} [properties] Properties to set
                 */
                function MsgClaimDataRewardsResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgClaimDataRewardsResponse amount.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} amount
                 * @memberof tributary.inference.v1.MsgClaimDataRewardsResponse
                 * @instance
                 */
                MsgClaimDataRewardsResponse.prototype.amount = null;

                /**
                 * Encodes the specified MsgClaimDataRewardsResponse message. Does not implicitly {@link tributary.inference.v1.MsgClaimDataRewardsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.MsgClaimDataRewardsResponse
                 * @static
                 * @param {tributary.inference.v1.IMsgClaimDataRewardsResponse} message MsgClaimDataRewardsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgClaimDataRewardsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.amount, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a MsgClaimDataRewardsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.MsgClaimDataRewardsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.MsgClaimDataRewardsResponse} MsgClaimDataRewardsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgClaimDataRewardsResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.MsgClaimDataRewardsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.amount = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for MsgClaimDataRewardsResponse
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.MsgClaimDataRewardsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgClaimDataRewardsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.MsgClaimDataRewardsResponse";
                };

                return MsgClaimDataRewardsResponse;
            })();

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @memberof tributary.inference.v1
                 * @interface IParams
                 * @property {number|Long|null} [maxArtifactBytes] Params maxArtifactBytes
                 * @property {number|null} [minDataShareBps] Params minDataShareBps
                 * @property {number|Long|null} [macsPerGas] Params macsPerGas
                 * @property {number|Long|null} [gasPerToken] Params gasPerToken
                 * @property {number|Long|null} [gasPerArtifactByte] Params gasPerArtifactByte
                 * @property {number|null} [maxOutputTokensCap] Params maxOutputTokensCap
                 * @property {string|null} [feeDenom] Params feeDenom
                 */

                /**
                 * Constructs a new Params.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a Params.
                 * @implements IParams
                 * @constructor
                 * @param {tributary.inference.v1.IParams=} [properties] Properties to set
                 */
                function Params(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Params maxArtifactBytes.
                 * @member {number|Long} maxArtifactBytes
                 * @memberof tributary.inference.v1.Params
                 * @instance
                 */
                Params.prototype.maxArtifactBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params minDataShareBps.
                 * @member {number} minDataShareBps
                 * @memberof tributary.inference.v1.Params
                 * @instance
                 */
                Params.prototype.minDataShareBps = 0;

                /**
                 * Params macsPerGas.
                 * @member {number|Long} macsPerGas
                 * @memberof tributary.inference.v1.Params
                 * @instance
                 */
                Params.prototype.macsPerGas = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params gasPerToken.
                 * @member {number|Long} gasPerToken
                 * @memberof tributary.inference.v1.Params
                 * @instance
                 */
                Params.prototype.gasPerToken = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params gasPerArtifactByte.
                 * @member {number|Long} gasPerArtifactByte
                 * @memberof tributary.inference.v1.Params
                 * @instance
                 */
                Params.prototype.gasPerArtifactByte = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params maxOutputTokensCap.
                 * @member {number} maxOutputTokensCap
                 * @memberof tributary.inference.v1.Params
                 * @instance
                 */
                Params.prototype.maxOutputTokensCap = 0;

                /**
                 * Params feeDenom.
                 * @member {string} feeDenom
                 * @memberof tributary.inference.v1.Params
                 * @instance
                 */
                Params.prototype.feeDenom = "";

                /**
                 * Encodes the specified Params message. Does not implicitly {@link tributary.inference.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.Params
                 * @static
                 * @param {tributary.inference.v1.IParams} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.maxArtifactBytes != null && Object.hasOwnProperty.call(message, "maxArtifactBytes"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.maxArtifactBytes);
                    if (message.minDataShareBps != null && Object.hasOwnProperty.call(message, "minDataShareBps"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.minDataShareBps);
                    if (message.macsPerGas != null && Object.hasOwnProperty.call(message, "macsPerGas"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.macsPerGas);
                    if (message.gasPerToken != null && Object.hasOwnProperty.call(message, "gasPerToken"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.gasPerToken);
                    if (message.gasPerArtifactByte != null && Object.hasOwnProperty.call(message, "gasPerArtifactByte"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.gasPerArtifactByte);
                    if (message.maxOutputTokensCap != null && Object.hasOwnProperty.call(message, "maxOutputTokensCap"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.maxOutputTokensCap);
                    if (message.feeDenom != null && Object.hasOwnProperty.call(message, "feeDenom"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.feeDenom);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.Params} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.Params();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.maxArtifactBytes = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.minDataShareBps = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.macsPerGas = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.gasPerToken = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.gasPerArtifactByte = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.maxOutputTokensCap = reader.uint32();
                                break;
                            }
                        case 7: {
                                message.feeDenom = reader.string();
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
                 * Gets the default type url for Params
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.Params
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Params.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.Params";
                };

                return Params;
            })();

            v1.Pricing = (function() {

                /**
                 * Properties of a Pricing.
                 * @memberof tributary.inference.v1
                 * @interface IPricing
                 * @property {string|null} [baseFee] Pricing baseFee
                 * @property {string|null} [feePerToken] Pricing feePerToken
                 */

                /**
                 * Constructs a new Pricing.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a Pricing.
                 * @implements IPricing
                 * @constructor
                 * @param {tributary.inference.v1.IPricing=} [properties] Properties to set
                 */
                function Pricing(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Pricing baseFee.
                 * @member {string} baseFee
                 * @memberof tributary.inference.v1.Pricing
                 * @instance
                 */
                Pricing.prototype.baseFee = "";

                /**
                 * Pricing feePerToken.
                 * @member {string} feePerToken
                 * @memberof tributary.inference.v1.Pricing
                 * @instance
                 */
                Pricing.prototype.feePerToken = "";

                /**
                 * Encodes the specified Pricing message. Does not implicitly {@link tributary.inference.v1.Pricing.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.Pricing
                 * @static
                 * @param {tributary.inference.v1.IPricing} message Pricing message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Pricing.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.baseFee != null && Object.hasOwnProperty.call(message, "baseFee"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.baseFee);
                    if (message.feePerToken != null && Object.hasOwnProperty.call(message, "feePerToken"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.feePerToken);
                    return writer;
                };

                /**
                 * Decodes a Pricing message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.Pricing
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.Pricing} Pricing
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Pricing.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.Pricing();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.baseFee = reader.string();
                                break;
                            }
                        case 2: {
                                message.feePerToken = reader.string();
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
                 * Gets the default type url for Pricing
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.Pricing
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Pricing.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.Pricing";
                };

                return Pricing;
            })();

            v1.RevenueSplit = (function() {

                /**
                 * Properties of a RevenueSplit.
                 * @memberof tributary.inference.v1
                 * @interface IRevenueSplit
                 * @property {number|null} [ownerBps] RevenueSplit ownerBps
                 * @property {number|null} [dataBps] RevenueSplit dataBps
                 * @property {number|null} [computeBps] RevenueSplit computeBps
                 * @property {number|null} [protocolBps] RevenueSplit protocolBps
                 */

                /**
                 * Constructs a new RevenueSplit.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a RevenueSplit.
                 * @implements IRevenueSplit
                 * @constructor
                 * @param {tributary.inference.v1.IRevenueSplit=} [properties] Properties to set
                 */
                function RevenueSplit(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * RevenueSplit ownerBps.
                 * @member {number} ownerBps
                 * @memberof tributary.inference.v1.RevenueSplit
                 * @instance
                 */
                RevenueSplit.prototype.ownerBps = 0;

                /**
                 * RevenueSplit dataBps.
                 * @member {number} dataBps
                 * @memberof tributary.inference.v1.RevenueSplit
                 * @instance
                 */
                RevenueSplit.prototype.dataBps = 0;

                /**
                 * RevenueSplit computeBps.
                 * @member {number} computeBps
                 * @memberof tributary.inference.v1.RevenueSplit
                 * @instance
                 */
                RevenueSplit.prototype.computeBps = 0;

                /**
                 * RevenueSplit protocolBps.
                 * @member {number} protocolBps
                 * @memberof tributary.inference.v1.RevenueSplit
                 * @instance
                 */
                RevenueSplit.prototype.protocolBps = 0;

                /**
                 * Encodes the specified RevenueSplit message. Does not implicitly {@link tributary.inference.v1.RevenueSplit.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.RevenueSplit
                 * @static
                 * @param {tributary.inference.v1.IRevenueSplit} message RevenueSplit message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RevenueSplit.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.ownerBps != null && Object.hasOwnProperty.call(message, "ownerBps"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.ownerBps);
                    if (message.dataBps != null && Object.hasOwnProperty.call(message, "dataBps"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.dataBps);
                    if (message.computeBps != null && Object.hasOwnProperty.call(message, "computeBps"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.computeBps);
                    if (message.protocolBps != null && Object.hasOwnProperty.call(message, "protocolBps"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.protocolBps);
                    return writer;
                };

                /**
                 * Decodes a RevenueSplit message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.RevenueSplit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.RevenueSplit} RevenueSplit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RevenueSplit.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.RevenueSplit();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.ownerBps = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.dataBps = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.computeBps = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.protocolBps = reader.uint32();
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
                 * Gets the default type url for RevenueSplit
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.RevenueSplit
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                RevenueSplit.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.RevenueSplit";
                };

                return RevenueSplit;
            })();

            /**
             * ModelStatus enum.
             * @name tributary.inference.v1.ModelStatus
             * @enum {number}
             * @property {number} MODEL_STATUS_UNSPECIFIED=0 MODEL_STATUS_UNSPECIFIED value
             * @property {number} MODEL_STATUS_ACTIVE=1 MODEL_STATUS_ACTIVE value
             * @property {number} MODEL_STATUS_RETIRED=2 MODEL_STATUS_RETIRED value
             */
            v1.ModelStatus = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "MODEL_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "MODEL_STATUS_ACTIVE"] = 1;
                values[valuesById[2] = "MODEL_STATUS_RETIRED"] = 2;
                return values;
            })();

            v1.Model = (function() {

                /**
                 * Properties of a Model.
                 * @memberof tributary.inference.v1
                 * @interface IModel
                 * @property {number|Long|null} [id] Model id
                 * @property {string|null} [owner] Model owner
                 * @property {string|null} [name] Model name
                 * @property {string|null} [description] Model description
                 * @property {Uint8Array|null} [artifactHash] Model artifactHash
                 * @property {number|Long|null} [artifactSize] Model artifactSize
                 * @property {string|null} [tokenizer] Model tokenizer
                 * @property {number|null} [contextLength] Model contextLength
                 * @property {Array.<tributary.attribution.v1.IManifestEntry>|null} [trainingManifest] Model trainingManifest
                 * @property {tributary.inference.v1.IPricing|null} [pricing] Model pricing
                 * @property {tributary.inference.v1.IRevenueSplit|null} [split] Model split
                 * @property {number|null} [maxOutputTokens] Model maxOutputTokens
                 * @property {tributary.inference.v1.ModelStatus|null} [status] Model status
                 * @property {number|Long|null} [createdHeight] Model createdHeight
                 * @property {string|null} [format] Model format
                 * @property {number|null} [vocabSize] Model vocabSize
                 * @property {number|null} [window] Model window
                 * @property {number|Long|null} [macsPerToken] Model macsPerToken
                 * @property {number|Long|null} [logitScale] Model logitScale
                 */

                /**
                 * Constructs a new Model.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a Model.
                 * @implements IModel
                 * @constructor
                 * @param {tributary.inference.v1.IModel=} [properties] Properties to set
                 */
                function Model(properties) {
                    this.trainingManifest = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Model id.
                 * @member {number|Long} id
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Model owner.
                 * @member {string} owner
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.owner = "";

                /**
                 * Model name.
                 * @member {string} name
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.name = "";

                /**
                 * Model description.
                 * @member {string} description
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.description = "";

                /**
                 * Model artifactHash.
                 * @member {Uint8Array} artifactHash
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.artifactHash = $util.newBuffer([]);

                /**
                 * Model artifactSize.
                 * @member {number|Long} artifactSize
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.artifactSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Model tokenizer.
                 * @member {string} tokenizer
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.tokenizer = "";

                /**
                 * Model contextLength.
                 * @member {number} contextLength
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.contextLength = 0;

                /**
                 * Model trainingManifest.
                 * @member {Array.<tributary.attribution.v1.IManifestEntry>} trainingManifest
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.trainingManifest = $util.emptyArray;

                /**
                 * Model pricing.
                 * @member {tributary.inference.v1.IPricing|null|undefined} pricing
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.pricing = null;

                /**
                 * Model split.
                 * @member {tributary.inference.v1.IRevenueSplit|null|undefined} split
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.split = null;

                /**
                 * Model maxOutputTokens.
                 * @member {number} maxOutputTokens
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.maxOutputTokens = 0;

                /**
                 * Model status.
                 * @member {tributary.inference.v1.ModelStatus} status
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.status = 0;

                /**
                 * Model createdHeight.
                 * @member {number|Long} createdHeight
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.createdHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Model format.
                 * @member {string} format
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.format = "";

                /**
                 * Model vocabSize.
                 * @member {number} vocabSize
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.vocabSize = 0;

                /**
                 * Model window.
                 * @member {number} window
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.window = 0;

                /**
                 * Model macsPerToken.
                 * @member {number|Long} macsPerToken
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.macsPerToken = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Model logitScale.
                 * @member {number|Long} logitScale
                 * @memberof tributary.inference.v1.Model
                 * @instance
                 */
                Model.prototype.logitScale = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified Model message. Does not implicitly {@link tributary.inference.v1.Model.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.Model
                 * @static
                 * @param {tributary.inference.v1.IModel} message Model message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Model.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.owner != null && Object.hasOwnProperty.call(message, "owner"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.owner);
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                    if (message.description != null && Object.hasOwnProperty.call(message, "description"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.description);
                    if (message.artifactHash != null && Object.hasOwnProperty.call(message, "artifactHash"))
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.artifactHash);
                    if (message.artifactSize != null && Object.hasOwnProperty.call(message, "artifactSize"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.artifactSize);
                    if (message.tokenizer != null && Object.hasOwnProperty.call(message, "tokenizer"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.tokenizer);
                    if (message.contextLength != null && Object.hasOwnProperty.call(message, "contextLength"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.contextLength);
                    if (message.trainingManifest != null && message.trainingManifest.length)
                        for (let i = 0; i < message.trainingManifest.length; ++i)
                            $root.tributary.attribution.v1.ManifestEntry.encode(message.trainingManifest[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                    if (message.pricing != null && Object.hasOwnProperty.call(message, "pricing"))
                        $root.tributary.inference.v1.Pricing.encode(message.pricing, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                    if (message.split != null && Object.hasOwnProperty.call(message, "split"))
                        $root.tributary.inference.v1.RevenueSplit.encode(message.split, writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                    if (message.maxOutputTokens != null && Object.hasOwnProperty.call(message, "maxOutputTokens"))
                        writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.maxOutputTokens);
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 13, wireType 0 =*/104).int32(message.status);
                    if (message.createdHeight != null && Object.hasOwnProperty.call(message, "createdHeight"))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.createdHeight);
                    if (message.format != null && Object.hasOwnProperty.call(message, "format"))
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.format);
                    if (message.vocabSize != null && Object.hasOwnProperty.call(message, "vocabSize"))
                        writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.vocabSize);
                    if (message.window != null && Object.hasOwnProperty.call(message, "window"))
                        writer.uint32(/* id 17, wireType 0 =*/136).uint32(message.window);
                    if (message.macsPerToken != null && Object.hasOwnProperty.call(message, "macsPerToken"))
                        writer.uint32(/* id 18, wireType 0 =*/144).uint64(message.macsPerToken);
                    if (message.logitScale != null && Object.hasOwnProperty.call(message, "logitScale"))
                        writer.uint32(/* id 19, wireType 0 =*/152).int64(message.logitScale);
                    return writer;
                };

                /**
                 * Decodes a Model message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.Model
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.Model} Model
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Model.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.Model();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.owner = reader.string();
                                break;
                            }
                        case 3: {
                                message.name = reader.string();
                                break;
                            }
                        case 4: {
                                message.description = reader.string();
                                break;
                            }
                        case 5: {
                                message.artifactHash = reader.bytes();
                                break;
                            }
                        case 6: {
                                message.artifactSize = reader.uint64();
                                break;
                            }
                        case 7: {
                                message.tokenizer = reader.string();
                                break;
                            }
                        case 8: {
                                message.contextLength = reader.uint32();
                                break;
                            }
                        case 9: {
                                if (!(message.trainingManifest && message.trainingManifest.length))
                                    message.trainingManifest = [];
                                message.trainingManifest.push($root.tributary.attribution.v1.ManifestEntry.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 10: {
                                message.pricing = $root.tributary.inference.v1.Pricing.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 11: {
                                message.split = $root.tributary.inference.v1.RevenueSplit.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 12: {
                                message.maxOutputTokens = reader.uint32();
                                break;
                            }
                        case 13: {
                                message.status = reader.int32();
                                break;
                            }
                        case 14: {
                                message.createdHeight = reader.uint64();
                                break;
                            }
                        case 15: {
                                message.format = reader.string();
                                break;
                            }
                        case 16: {
                                message.vocabSize = reader.uint32();
                                break;
                            }
                        case 17: {
                                message.window = reader.uint32();
                                break;
                            }
                        case 18: {
                                message.macsPerToken = reader.uint64();
                                break;
                            }
                        case 19: {
                                message.logitScale = reader.int64();
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
                 * Gets the default type url for Model
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.Model
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Model.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.Model";
                };

                return Model;
            })();

            /**
             * SamplingMode enum.
             * @name tributary.inference.v1.SamplingMode
             * @enum {number}
             * @property {number} SAMPLING_MODE_GREEDY=0 SAMPLING_MODE_GREEDY value
             * @property {number} SAMPLING_MODE_TOP_K=1 SAMPLING_MODE_TOP_K value
             */
            v1.SamplingMode = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "SAMPLING_MODE_GREEDY"] = 0;
                values[valuesById[1] = "SAMPLING_MODE_TOP_K"] = 1;
                return values;
            })();

            v1.Sampling = (function() {

                /**
                 * Properties of a Sampling.
                 * @memberof tributary.inference.v1
                 * @interface ISampling
                 * @property {tributary.inference.v1.SamplingMode|null} [mode] Sampling mode
                 * @property {number|null} [topK] Sampling topK
                 * @property {number|Long|null} [seed] Sampling seed
                 */

                /**
                 * Constructs a new Sampling.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a Sampling.
                 * @implements ISampling
                 * @constructor
                 * @param {tributary.inference.v1.ISampling=} [properties] Properties to set
                 */
                function Sampling(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Sampling mode.
                 * @member {tributary.inference.v1.SamplingMode} mode
                 * @memberof tributary.inference.v1.Sampling
                 * @instance
                 */
                Sampling.prototype.mode = 0;

                /**
                 * Sampling topK.
                 * @member {number} topK
                 * @memberof tributary.inference.v1.Sampling
                 * @instance
                 */
                Sampling.prototype.topK = 0;

                /**
                 * Sampling seed.
                 * @member {number|Long} seed
                 * @memberof tributary.inference.v1.Sampling
                 * @instance
                 */
                Sampling.prototype.seed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified Sampling message. Does not implicitly {@link tributary.inference.v1.Sampling.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.Sampling
                 * @static
                 * @param {tributary.inference.v1.ISampling} message Sampling message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Sampling.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.mode != null && Object.hasOwnProperty.call(message, "mode"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.mode);
                    if (message.topK != null && Object.hasOwnProperty.call(message, "topK"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.topK);
                    if (message.seed != null && Object.hasOwnProperty.call(message, "seed"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seed);
                    return writer;
                };

                /**
                 * Decodes a Sampling message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.Sampling
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.Sampling} Sampling
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Sampling.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.Sampling();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.mode = reader.int32();
                                break;
                            }
                        case 2: {
                                message.topK = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.seed = reader.uint64();
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
                 * Gets the default type url for Sampling
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.Sampling
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Sampling.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.Sampling";
                };

                return Sampling;
            })();

            v1.Payout = (function() {

                /**
                 * Properties of a Payout.
                 * @memberof tributary.inference.v1
                 * @interface IPayout
                 * @property {string|null} [role] Payout role
                 * @property {string|null} [recipient] Payout recipient
                 * @property {string|null} [amount] Payout amount
                 * @property {number|Long|null} [datanetId] Payout datanetId
                 * @property {number|Long|null} [version] Payout version
                 */

                /**
                 * Constructs a new Payout.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a Payout.
                 * @implements IPayout
                 * @constructor
                 * @param {tributary.inference.v1.IPayout=} [properties] Properties to set
                 */
                function Payout(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Payout role.
                 * @member {string} role
                 * @memberof tributary.inference.v1.Payout
                 * @instance
                 */
                Payout.prototype.role = "";

                /**
                 * Payout recipient.
                 * @member {string} recipient
                 * @memberof tributary.inference.v1.Payout
                 * @instance
                 */
                Payout.prototype.recipient = "";

                /**
                 * Payout amount.
                 * @member {string} amount
                 * @memberof tributary.inference.v1.Payout
                 * @instance
                 */
                Payout.prototype.amount = "";

                /**
                 * Payout datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.inference.v1.Payout
                 * @instance
                 */
                Payout.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Payout version.
                 * @member {number|Long} version
                 * @memberof tributary.inference.v1.Payout
                 * @instance
                 */
                Payout.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified Payout message. Does not implicitly {@link tributary.inference.v1.Payout.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.Payout
                 * @static
                 * @param {tributary.inference.v1.IPayout} message Payout message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Payout.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.role != null && Object.hasOwnProperty.call(message, "role"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.role);
                    if (message.recipient != null && Object.hasOwnProperty.call(message, "recipient"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.recipient);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount);
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.datanetId);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.version);
                    return writer;
                };

                /**
                 * Decodes a Payout message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.Payout
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.Payout} Payout
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Payout.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.Payout();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.role = reader.string();
                                break;
                            }
                        case 2: {
                                message.recipient = reader.string();
                                break;
                            }
                        case 3: {
                                message.amount = reader.string();
                                break;
                            }
                        case 4: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.version = reader.uint64();
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
                 * Gets the default type url for Payout
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.Payout
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Payout.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.Payout";
                };

                return Payout;
            })();

            v1.Inference = (function() {

                /**
                 * Properties of an Inference.
                 * @memberof tributary.inference.v1
                 * @interface IInference
                 * @property {number|Long|null} [id] Inference id
                 * @property {number|Long|null} [modelId] Inference modelId
                 * @property {string|null} [requester] Inference requester
                 * @property {string|null} [prompt] Inference prompt
                 * @property {string|null} [output] Inference output
                 * @property {Array.<number>|null} [outputTokenIds] Inference outputTokenIds
                 * @property {number|null} [promptTokens] Inference promptTokens
                 * @property {number|null} [tokensGenerated] Inference tokensGenerated
                 * @property {string|null} [stopReason] Inference stopReason
                 * @property {tributary.inference.v1.ISampling|null} [sampling] Inference sampling
                 * @property {cosmos.base.v1beta1.ICoin|null} [maxFee] Inference maxFee
                 * @property {cosmos.base.v1beta1.ICoin|null} [fee] Inference fee
                 * @property {Array.<tributary.inference.v1.IPayout>|null} [payouts] Inference payouts
                 * @property {number|Long|null} [attributionRecordId] Inference attributionRecordId
                 * @property {number|Long|null} [height] Inference height
                 */

                /**
                 * Constructs a new Inference.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents an Inference.
                 * @implements IInference
                 * @constructor
                 * @param {tributary.inference.v1.IInference=} [properties] Properties to set
                 */
                function Inference(properties) {
                    this.outputTokenIds = [];
                    this.payouts = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Inference id.
                 * @member {number|Long} id
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Inference modelId.
                 * @member {number|Long} modelId
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.modelId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Inference requester.
                 * @member {string} requester
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.requester = "";

                /**
                 * Inference prompt.
                 * @member {string} prompt
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.prompt = "";

                /**
                 * Inference output.
                 * @member {string} output
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.output = "";

                /**
                 * Inference outputTokenIds.
                 * @member {Array.<number>} outputTokenIds
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.outputTokenIds = $util.emptyArray;

                /**
                 * Inference promptTokens.
                 * @member {number} promptTokens
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.promptTokens = 0;

                /**
                 * Inference tokensGenerated.
                 * @member {number} tokensGenerated
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.tokensGenerated = 0;

                /**
                 * Inference stopReason.
                 * @member {string} stopReason
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.stopReason = "";

                /**
                 * Inference sampling.
                 * @member {tributary.inference.v1.ISampling|null|undefined} sampling
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.sampling = null;

                /**
                 * Inference maxFee.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} maxFee
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.maxFee = null;

                /**
                 * Inference fee.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} fee
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.fee = null;

                /**
                 * Inference payouts.
                 * @member {Array.<tributary.inference.v1.IPayout>} payouts
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.payouts = $util.emptyArray;

                /**
                 * Inference attributionRecordId.
                 * @member {number|Long} attributionRecordId
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.attributionRecordId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Inference height.
                 * @member {number|Long} height
                 * @memberof tributary.inference.v1.Inference
                 * @instance
                 */
                Inference.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified Inference message. Does not implicitly {@link tributary.inference.v1.Inference.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.Inference
                 * @static
                 * @param {tributary.inference.v1.IInference} message Inference message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Inference.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.modelId != null && Object.hasOwnProperty.call(message, "modelId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.modelId);
                    if (message.requester != null && Object.hasOwnProperty.call(message, "requester"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.requester);
                    if (message.prompt != null && Object.hasOwnProperty.call(message, "prompt"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.prompt);
                    if (message.output != null && Object.hasOwnProperty.call(message, "output"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.output);
                    if (message.outputTokenIds != null && message.outputTokenIds.length) {
                        writer.uint32(/* id 6, wireType 2 =*/50).fork();
                        for (let i = 0; i < message.outputTokenIds.length; ++i)
                            writer.uint32(message.outputTokenIds[i]);
                        writer.ldelim();
                    }
                    if (message.promptTokens != null && Object.hasOwnProperty.call(message, "promptTokens"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.promptTokens);
                    if (message.tokensGenerated != null && Object.hasOwnProperty.call(message, "tokensGenerated"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.tokensGenerated);
                    if (message.stopReason != null && Object.hasOwnProperty.call(message, "stopReason"))
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.stopReason);
                    if (message.sampling != null && Object.hasOwnProperty.call(message, "sampling"))
                        $root.tributary.inference.v1.Sampling.encode(message.sampling, writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                    if (message.maxFee != null && Object.hasOwnProperty.call(message, "maxFee"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.maxFee, writer.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                    if (message.fee != null && Object.hasOwnProperty.call(message, "fee"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.fee, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                    if (message.payouts != null && message.payouts.length)
                        for (let i = 0; i < message.payouts.length; ++i)
                            $root.tributary.inference.v1.Payout.encode(message.payouts[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                    if (message.attributionRecordId != null && Object.hasOwnProperty.call(message, "attributionRecordId"))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.attributionRecordId);
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.height);
                    return writer;
                };

                /**
                 * Decodes an Inference message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.Inference
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.Inference} Inference
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Inference.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.Inference();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.modelId = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.requester = reader.string();
                                break;
                            }
                        case 4: {
                                message.prompt = reader.string();
                                break;
                            }
                        case 5: {
                                message.output = reader.string();
                                break;
                            }
                        case 6: {
                                if (!(message.outputTokenIds && message.outputTokenIds.length))
                                    message.outputTokenIds = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.outputTokenIds.push(reader.uint32());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.outputTokenIds.push(reader.uint32());
                                break;
                            }
                        case 7: {
                                message.promptTokens = reader.uint32();
                                break;
                            }
                        case 8: {
                                message.tokensGenerated = reader.uint32();
                                break;
                            }
                        case 9: {
                                message.stopReason = reader.string();
                                break;
                            }
                        case 10: {
                                message.sampling = $root.tributary.inference.v1.Sampling.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 11: {
                                message.maxFee = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 12: {
                                message.fee = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 13: {
                                if (!(message.payouts && message.payouts.length))
                                    message.payouts = [];
                                message.payouts.push($root.tributary.inference.v1.Payout.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 14: {
                                message.attributionRecordId = reader.uint64();
                                break;
                            }
                        case 15: {
                                message.height = reader.uint64();
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
                 * Gets the default type url for Inference
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.Inference
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Inference.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.Inference";
                };

                return Inference;
            })();

            v1.DataPool = (function() {

                /**
                 * Properties of a DataPool.
                 * @memberof tributary.inference.v1
                 * @interface IDataPool
                 * @property {number|Long|null} [datanetId] DataPool datanetId
                 * @property {number|Long|null} [version] DataPool version
                 * @property {number|Long|null} [tokens] DataPool tokens
                 * @property {string|null} [accPerToken] DataPool accPerToken
                 * @property {string|null} [carry] DataPool carry
                 * @property {string|null} [totalPaidIn] DataPool totalPaidIn
                 */

                /**
                 * Constructs a new DataPool.
                 * @memberof tributary.inference.v1
                 * @classdesc Represents a DataPool.
                 * @implements IDataPool
                 * @constructor
                 * @param {tributary.inference.v1.IDataPool=} [properties] Properties to set
                 */
                function DataPool(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * DataPool datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.inference.v1.DataPool
                 * @instance
                 */
                DataPool.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DataPool version.
                 * @member {number|Long} version
                 * @memberof tributary.inference.v1.DataPool
                 * @instance
                 */
                DataPool.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DataPool tokens.
                 * @member {number|Long} tokens
                 * @memberof tributary.inference.v1.DataPool
                 * @instance
                 */
                DataPool.prototype.tokens = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DataPool accPerToken.
                 * @member {string} accPerToken
                 * @memberof tributary.inference.v1.DataPool
                 * @instance
                 */
                DataPool.prototype.accPerToken = "";

                /**
                 * DataPool carry.
                 * @member {string} carry
                 * @memberof tributary.inference.v1.DataPool
                 * @instance
                 */
                DataPool.prototype.carry = "";

                /**
                 * DataPool totalPaidIn.
                 * @member {string} totalPaidIn
                 * @memberof tributary.inference.v1.DataPool
                 * @instance
                 */
                DataPool.prototype.totalPaidIn = "";

                /**
                 * Encodes the specified DataPool message. Does not implicitly {@link tributary.inference.v1.DataPool.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.inference.v1.DataPool
                 * @static
                 * @param {tributary.inference.v1.IDataPool} message DataPool message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DataPool.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.version);
                    if (message.tokens != null && Object.hasOwnProperty.call(message, "tokens"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.tokens);
                    if (message.accPerToken != null && Object.hasOwnProperty.call(message, "accPerToken"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.accPerToken);
                    if (message.carry != null && Object.hasOwnProperty.call(message, "carry"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.carry);
                    if (message.totalPaidIn != null && Object.hasOwnProperty.call(message, "totalPaidIn"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.totalPaidIn);
                    return writer;
                };

                /**
                 * Decodes a DataPool message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.inference.v1.DataPool
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.inference.v1.DataPool} DataPool
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DataPool.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.inference.v1.DataPool();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.version = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.tokens = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.accPerToken = reader.string();
                                break;
                            }
                        case 5: {
                                message.carry = reader.string();
                                break;
                            }
                        case 6: {
                                message.totalPaidIn = reader.string();
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
                 * Gets the default type url for DataPool
                 * @function getTypeUrl
                 * @memberof tributary.inference.v1.DataPool
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                DataPool.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.inference.v1.DataPool";
                };

                return DataPool;
            })();

            return v1;
        })();

        return inference;
    })();

    tributary.attribution = (function() {

        /**
         * Namespace attribution.
         * @memberof tributary
         * @namespace
         */
        const attribution = {};

        attribution.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof tributary.attribution
             * @namespace
             */
            const v1 = {};

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @memberof tributary.attribution.v1
                 * @interface IParams
                 * @property {number|Long|null} [attributableDelayBlocks] Params attributableDelayBlocks
                 * @property {number|null} [paramsVersion] Params paramsVersion
                 */

                /**
                 * Constructs a new Params.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents a Params.
                 * @implements IParams
                 * @constructor
                 * @param {tributary.attribution.v1.IParams=} [properties] Properties to set
                 */
                function Params(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Params attributableDelayBlocks.
                 * @member {number|Long} attributableDelayBlocks
                 * @memberof tributary.attribution.v1.Params
                 * @instance
                 */
                Params.prototype.attributableDelayBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params paramsVersion.
                 * @member {number} paramsVersion
                 * @memberof tributary.attribution.v1.Params
                 * @instance
                 */
                Params.prototype.paramsVersion = 0;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link tributary.attribution.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.Params
                 * @static
                 * @param {tributary.attribution.v1.IParams} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.attributableDelayBlocks != null && Object.hasOwnProperty.call(message, "attributableDelayBlocks"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.attributableDelayBlocks);
                    if (message.paramsVersion != null && Object.hasOwnProperty.call(message, "paramsVersion"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.paramsVersion);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.Params} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.Params();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.attributableDelayBlocks = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.paramsVersion = reader.uint32();
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
                 * Gets the default type url for Params
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.Params
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Params.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.Params";
                };

                return Params;
            })();

            /**
             * CommitmentStatus enum.
             * @name tributary.attribution.v1.CommitmentStatus
             * @enum {number}
             * @property {number} COMMITMENT_STATUS_UNSPECIFIED=0 COMMITMENT_STATUS_UNSPECIFIED value
             * @property {number} COMMITMENT_STATUS_PENDING=1 COMMITMENT_STATUS_PENDING value
             * @property {number} COMMITMENT_STATUS_READY=2 COMMITMENT_STATUS_READY value
             */
            v1.CommitmentStatus = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "COMMITMENT_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "COMMITMENT_STATUS_PENDING"] = 1;
                values[valuesById[2] = "COMMITMENT_STATUS_READY"] = 2;
                return values;
            })();

            v1.IndexCommitment = (function() {

                /**
                 * Properties of an IndexCommitment.
                 * @memberof tributary.attribution.v1
                 * @interface IIndexCommitment
                 * @property {number|Long|null} [datanetId] IndexCommitment datanetId
                 * @property {number|Long|null} [version] IndexCommitment version
                 * @property {number|Long|null} [publishedHeight] IndexCommitment publishedHeight
                 * @property {number|Long|null} [readyHeight] IndexCommitment readyHeight
                 * @property {tributary.attribution.v1.CommitmentStatus|null} [status] IndexCommitment status
                 * @property {Uint8Array|null} [indexHash] IndexCommitment indexHash
                 * @property {number|Long|null} [documents] IndexCommitment documents
                 * @property {number|Long|null} [tokens] IndexCommitment tokens
                 */

                /**
                 * Constructs a new IndexCommitment.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents an IndexCommitment.
                 * @implements IIndexCommitment
                 * @constructor
                 * @param {tributary.attribution.v1.IIndexCommitment=} [properties] Properties to set
                 */
                function IndexCommitment(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * IndexCommitment datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * IndexCommitment version.
                 * @member {number|Long} version
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * IndexCommitment publishedHeight.
                 * @member {number|Long} publishedHeight
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.publishedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * IndexCommitment readyHeight.
                 * @member {number|Long} readyHeight
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.readyHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * IndexCommitment status.
                 * @member {tributary.attribution.v1.CommitmentStatus} status
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.status = 0;

                /**
                 * IndexCommitment indexHash.
                 * @member {Uint8Array} indexHash
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.indexHash = $util.newBuffer([]);

                /**
                 * IndexCommitment documents.
                 * @member {number|Long} documents
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.documents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * IndexCommitment tokens.
                 * @member {number|Long} tokens
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @instance
                 */
                IndexCommitment.prototype.tokens = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified IndexCommitment message. Does not implicitly {@link tributary.attribution.v1.IndexCommitment.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @static
                 * @param {tributary.attribution.v1.IIndexCommitment} message IndexCommitment message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                IndexCommitment.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.version);
                    if (message.publishedHeight != null && Object.hasOwnProperty.call(message, "publishedHeight"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.publishedHeight);
                    if (message.readyHeight != null && Object.hasOwnProperty.call(message, "readyHeight"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.readyHeight);
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 5, wireType 0 =*/40).int32(message.status);
                    if (message.indexHash != null && Object.hasOwnProperty.call(message, "indexHash"))
                        writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.indexHash);
                    if (message.documents != null && Object.hasOwnProperty.call(message, "documents"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.documents);
                    if (message.tokens != null && Object.hasOwnProperty.call(message, "tokens"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.tokens);
                    return writer;
                };

                /**
                 * Decodes an IndexCommitment message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.IndexCommitment} IndexCommitment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                IndexCommitment.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.IndexCommitment();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.version = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.publishedHeight = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.readyHeight = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.status = reader.int32();
                                break;
                            }
                        case 6: {
                                message.indexHash = reader.bytes();
                                break;
                            }
                        case 7: {
                                message.documents = reader.uint64();
                                break;
                            }
                        case 8: {
                                message.tokens = reader.uint64();
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
                 * Gets the default type url for IndexCommitment
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.IndexCommitment
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                IndexCommitment.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.IndexCommitment";
                };

                return IndexCommitment;
            })();

            v1.ManifestEntry = (function() {

                /**
                 * Properties of a ManifestEntry.
                 * @memberof tributary.attribution.v1
                 * @interface IManifestEntry
                 * @property {number|Long|null} [datanetId] ManifestEntry datanetId
                 * @property {number|Long|null} [version] ManifestEntry version
                 */

                /**
                 * Constructs a new ManifestEntry.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents a ManifestEntry.
                 * @implements IManifestEntry
                 * @constructor
                 * @param {tributary.attribution.v1.IManifestEntry=} [properties] Properties to set
                 */
                function ManifestEntry(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ManifestEntry datanetId.
                 * @member {number|Long} datanetId
                 * @memberof tributary.attribution.v1.ManifestEntry
                 * @instance
                 */
                ManifestEntry.prototype.datanetId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ManifestEntry version.
                 * @member {number|Long} version
                 * @memberof tributary.attribution.v1.ManifestEntry
                 * @instance
                 */
                ManifestEntry.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified ManifestEntry message. Does not implicitly {@link tributary.attribution.v1.ManifestEntry.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.ManifestEntry
                 * @static
                 * @param {tributary.attribution.v1.IManifestEntry} message ManifestEntry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ManifestEntry.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.datanetId != null && Object.hasOwnProperty.call(message, "datanetId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.datanetId);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.version);
                    return writer;
                };

                /**
                 * Decodes a ManifestEntry message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.ManifestEntry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.ManifestEntry} ManifestEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ManifestEntry.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.ManifestEntry();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.datanetId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.version = reader.uint64();
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
                 * Gets the default type url for ManifestEntry
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.ManifestEntry
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ManifestEntry.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.ManifestEntry";
                };

                return ManifestEntry;
            })();

            v1.ContributorCredit = (function() {

                /**
                 * Properties of a ContributorCredit.
                 * @memberof tributary.attribution.v1
                 * @interface IContributorCredit
                 * @property {string|null} [contributor] ContributorCredit contributor
                 * @property {number|Long|null} [points] ContributorCredit points
                 * @property {string|null} [amount] ContributorCredit amount
                 */

                /**
                 * Constructs a new ContributorCredit.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents a ContributorCredit.
                 * @implements IContributorCredit
                 * @constructor
                 * @param {tributary.attribution.v1.IContributorCredit=} [properties] Properties to set
                 */
                function ContributorCredit(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ContributorCredit contributor.
                 * @member {string} contributor
                 * @memberof tributary.attribution.v1.ContributorCredit
                 * @instance
                 */
                ContributorCredit.prototype.contributor = "";

                /**
                 * ContributorCredit points.
                 * @member {number|Long} points
                 * @memberof tributary.attribution.v1.ContributorCredit
                 * @instance
                 */
                ContributorCredit.prototype.points = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ContributorCredit amount.
                 * @member {string} amount
                 * @memberof tributary.attribution.v1.ContributorCredit
                 * @instance
                 */
                ContributorCredit.prototype.amount = "";

                /**
                 * Encodes the specified ContributorCredit message. Does not implicitly {@link tributary.attribution.v1.ContributorCredit.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.ContributorCredit
                 * @static
                 * @param {tributary.attribution.v1.IContributorCredit} message ContributorCredit message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ContributorCredit.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.contributor != null && Object.hasOwnProperty.call(message, "contributor"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.contributor);
                    if (message.points != null && Object.hasOwnProperty.call(message, "points"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.points);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount);
                    return writer;
                };

                /**
                 * Decodes a ContributorCredit message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.ContributorCredit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.ContributorCredit} ContributorCredit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ContributorCredit.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.ContributorCredit();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.contributor = reader.string();
                                break;
                            }
                        case 2: {
                                message.points = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.amount = reader.string();
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
                 * Gets the default type url for ContributorCredit
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.ContributorCredit
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ContributorCredit.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.ContributorCredit";
                };

                return ContributorCredit;
            })();

            v1.ContributionCredit = (function() {

                /**
                 * Properties of a ContributionCredit.
                 * @memberof tributary.attribution.v1
                 * @interface IContributionCredit
                 * @property {number|Long|null} [contributionId] ContributionCredit contributionId
                 * @property {string|null} [contributor] ContributionCredit contributor
                 * @property {number|Long|null} [points] ContributionCredit points
                 */

                /**
                 * Constructs a new ContributionCredit.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents a ContributionCredit.
                 * @implements IContributionCredit
                 * @constructor
                 * @param {tributary.attribution.v1.IContributionCredit=} [properties] Properties to set
                 */
                function ContributionCredit(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ContributionCredit contributionId.
                 * @member {number|Long} contributionId
                 * @memberof tributary.attribution.v1.ContributionCredit
                 * @instance
                 */
                ContributionCredit.prototype.contributionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ContributionCredit contributor.
                 * @member {string} contributor
                 * @memberof tributary.attribution.v1.ContributionCredit
                 * @instance
                 */
                ContributionCredit.prototype.contributor = "";

                /**
                 * ContributionCredit points.
                 * @member {number|Long} points
                 * @memberof tributary.attribution.v1.ContributionCredit
                 * @instance
                 */
                ContributionCredit.prototype.points = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified ContributionCredit message. Does not implicitly {@link tributary.attribution.v1.ContributionCredit.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.ContributionCredit
                 * @static
                 * @param {tributary.attribution.v1.IContributionCredit} message ContributionCredit message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ContributionCredit.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.contributionId != null && Object.hasOwnProperty.call(message, "contributionId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.contributionId);
                    if (message.contributor != null && Object.hasOwnProperty.call(message, "contributor"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.contributor);
                    if (message.points != null && Object.hasOwnProperty.call(message, "points"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.points);
                    return writer;
                };

                /**
                 * Decodes a ContributionCredit message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.ContributionCredit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.ContributionCredit} ContributionCredit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ContributionCredit.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.ContributionCredit();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.contributionId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.contributor = reader.string();
                                break;
                            }
                        case 3: {
                                message.points = reader.uint64();
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
                 * Gets the default type url for ContributionCredit
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.ContributionCredit
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ContributionCredit.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.ContributionCredit";
                };

                return ContributionCredit;
            })();

            v1.ResidualParts = (function() {

                /**
                 * Properties of a ResidualParts.
                 * @memberof tributary.attribution.v1
                 * @interface IResidualParts
                 * @property {number|Long|null} [unmatched] ResidualParts unmatched
                 * @property {number|Long|null} [echo] ResidualParts echo
                 * @property {number|Long|null} [generic] ResidualParts generic
                 * @property {number|Long|null} [deleted] ResidualParts deleted
                 * @property {number|Long|null} [specificity] ResidualParts specificity
                 * @property {number|Long|null} [unpaid] ResidualParts unpaid
                 */

                /**
                 * Constructs a new ResidualParts.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents a ResidualParts.
                 * @implements IResidualParts
                 * @constructor
                 * @param {tributary.attribution.v1.IResidualParts=} [properties] Properties to set
                 */
                function ResidualParts(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ResidualParts unmatched.
                 * @member {number|Long} unmatched
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @instance
                 */
                ResidualParts.prototype.unmatched = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ResidualParts echo.
                 * @member {number|Long} echo
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @instance
                 */
                ResidualParts.prototype.echo = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ResidualParts generic.
                 * @member {number|Long} generic
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @instance
                 */
                ResidualParts.prototype.generic = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ResidualParts deleted.
                 * @member {number|Long} deleted
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @instance
                 */
                ResidualParts.prototype.deleted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ResidualParts specificity.
                 * @member {number|Long} specificity
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @instance
                 */
                ResidualParts.prototype.specificity = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ResidualParts unpaid.
                 * @member {number|Long} unpaid
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @instance
                 */
                ResidualParts.prototype.unpaid = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified ResidualParts message. Does not implicitly {@link tributary.attribution.v1.ResidualParts.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @static
                 * @param {tributary.attribution.v1.IResidualParts} message ResidualParts message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ResidualParts.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.unmatched != null && Object.hasOwnProperty.call(message, "unmatched"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.unmatched);
                    if (message.echo != null && Object.hasOwnProperty.call(message, "echo"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.echo);
                    if (message.generic != null && Object.hasOwnProperty.call(message, "generic"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.generic);
                    if (message.deleted != null && Object.hasOwnProperty.call(message, "deleted"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.deleted);
                    if (message.specificity != null && Object.hasOwnProperty.call(message, "specificity"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.specificity);
                    if (message.unpaid != null && Object.hasOwnProperty.call(message, "unpaid"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.unpaid);
                    return writer;
                };

                /**
                 * Decodes a ResidualParts message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.ResidualParts} ResidualParts
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ResidualParts.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.ResidualParts();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.unmatched = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.echo = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.generic = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.deleted = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.specificity = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.unpaid = reader.uint64();
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
                 * Gets the default type url for ResidualParts
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.ResidualParts
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ResidualParts.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.ResidualParts";
                };

                return ResidualParts;
            })();

            v1.AttributionRecord = (function() {

                /**
                 * Properties of an AttributionRecord.
                 * @memberof tributary.attribution.v1
                 * @interface IAttributionRecord
                 * @property {number|Long|null} [id] AttributionRecord id
                 * @property {string|null} [submitter] AttributionRecord submitter
                 * @property {Array.<tributary.attribution.v1.IManifestEntry>|null} [manifest] AttributionRecord manifest
                 * @property {Uint8Array|null} [outputHash] AttributionRecord outputHash
                 * @property {string|null} [output] AttributionRecord output
                 * @property {string|null} [prompt] AttributionRecord prompt
                 * @property {number|null} [tokens] AttributionRecord tokens
                 * @property {number|Long|null} [totalPoints] AttributionRecord totalPoints
                 * @property {Array.<tributary.attribution.v1.IContributorCredit>|null} [contributors] AttributionRecord contributors
                 * @property {Array.<tributary.attribution.v1.IContributionCredit>|null} [contributions] AttributionRecord contributions
                 * @property {number|Long|null} [residual] AttributionRecord residual
                 * @property {tributary.attribution.v1.IResidualParts|null} [residualParts] AttributionRecord residualParts
                 * @property {cosmos.base.v1beta1.ICoin|null} [fee] AttributionRecord fee
                 * @property {string|null} [remainder] AttributionRecord remainder
                 * @property {number|null} [paramsVersion] AttributionRecord paramsVersion
                 * @property {number|Long|null} [height] AttributionRecord height
                 */

                /**
                 * Constructs a new AttributionRecord.
                 * @memberof tributary.attribution.v1
                 * @classdesc Represents an AttributionRecord.
                 * @implements IAttributionRecord
                 * @constructor
                 * @param {tributary.attribution.v1.IAttributionRecord=} [properties] Properties to set
                 */
                function AttributionRecord(properties) {
                    this.manifest = [];
                    this.contributors = [];
                    this.contributions = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * AttributionRecord id.
                 * @member {number|Long} id
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * AttributionRecord submitter.
                 * @member {string} submitter
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.submitter = "";

                /**
                 * AttributionRecord manifest.
                 * @member {Array.<tributary.attribution.v1.IManifestEntry>} manifest
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.manifest = $util.emptyArray;

                /**
                 * AttributionRecord outputHash.
                 * @member {Uint8Array} outputHash
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.outputHash = $util.newBuffer([]);

                /**
                 * AttributionRecord output.
                 * @member {string} output
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.output = "";

                /**
                 * AttributionRecord prompt.
                 * @member {string} prompt
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.prompt = "";

                /**
                 * AttributionRecord tokens.
                 * @member {number} tokens
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.tokens = 0;

                /**
                 * AttributionRecord totalPoints.
                 * @member {number|Long} totalPoints
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.totalPoints = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * AttributionRecord contributors.
                 * @member {Array.<tributary.attribution.v1.IContributorCredit>} contributors
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.contributors = $util.emptyArray;

                /**
                 * AttributionRecord contributions.
                 * @member {Array.<tributary.attribution.v1.IContributionCredit>} contributions
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.contributions = $util.emptyArray;

                /**
                 * AttributionRecord residual.
                 * @member {number|Long} residual
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.residual = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * AttributionRecord residualParts.
                 * @member {tributary.attribution.v1.IResidualParts|null|undefined} residualParts
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.residualParts = null;

                /**
                 * AttributionRecord fee.
                 * @member {cosmos.base.v1beta1.ICoin|null|undefined} fee
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.fee = null;

                /**
                 * AttributionRecord remainder.
                 * @member {string} remainder
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.remainder = "";

                /**
                 * AttributionRecord paramsVersion.
                 * @member {number} paramsVersion
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.paramsVersion = 0;

                /**
                 * AttributionRecord height.
                 * @member {number|Long} height
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @instance
                 */
                AttributionRecord.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified AttributionRecord message. Does not implicitly {@link tributary.attribution.v1.AttributionRecord.verify|verify} messages.
                 * @function encode
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @static
                 * @param {tributary.attribution.v1.IAttributionRecord} message AttributionRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                AttributionRecord.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.submitter != null && Object.hasOwnProperty.call(message, "submitter"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.submitter);
                    if (message.manifest != null && message.manifest.length)
                        for (let i = 0; i < message.manifest.length; ++i)
                            $root.tributary.attribution.v1.ManifestEntry.encode(message.manifest[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.outputHash != null && Object.hasOwnProperty.call(message, "outputHash"))
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.outputHash);
                    if (message.output != null && Object.hasOwnProperty.call(message, "output"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.output);
                    if (message.prompt != null && Object.hasOwnProperty.call(message, "prompt"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.prompt);
                    if (message.tokens != null && Object.hasOwnProperty.call(message, "tokens"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.tokens);
                    if (message.totalPoints != null && Object.hasOwnProperty.call(message, "totalPoints"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.totalPoints);
                    if (message.contributors != null && message.contributors.length)
                        for (let i = 0; i < message.contributors.length; ++i)
                            $root.tributary.attribution.v1.ContributorCredit.encode(message.contributors[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                    if (message.contributions != null && message.contributions.length)
                        for (let i = 0; i < message.contributions.length; ++i)
                            $root.tributary.attribution.v1.ContributionCredit.encode(message.contributions[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                    if (message.residual != null && Object.hasOwnProperty.call(message, "residual"))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.residual);
                    if (message.residualParts != null && Object.hasOwnProperty.call(message, "residualParts"))
                        $root.tributary.attribution.v1.ResidualParts.encode(message.residualParts, writer.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                    if (message.fee != null && Object.hasOwnProperty.call(message, "fee"))
                        $root.cosmos.base.v1beta1.Coin.encode(message.fee, writer.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                    if (message.remainder != null && Object.hasOwnProperty.call(message, "remainder"))
                        writer.uint32(/* id 14, wireType 2 =*/114).string(message.remainder);
                    if (message.paramsVersion != null && Object.hasOwnProperty.call(message, "paramsVersion"))
                        writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.paramsVersion);
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.height);
                    return writer;
                };

                /**
                 * Decodes an AttributionRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {tributary.attribution.v1.AttributionRecord} AttributionRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                AttributionRecord.decode = function decode(reader, length, error, long) {
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
                    message = new $root.tributary.attribution.v1.AttributionRecord();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.submitter = reader.string();
                                break;
                            }
                        case 3: {
                                if (!(message.manifest && message.manifest.length))
                                    message.manifest = [];
                                message.manifest.push($root.tributary.attribution.v1.ManifestEntry.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 4: {
                                message.outputHash = reader.bytes();
                                break;
                            }
                        case 5: {
                                message.output = reader.string();
                                break;
                            }
                        case 6: {
                                message.prompt = reader.string();
                                break;
                            }
                        case 7: {
                                message.tokens = reader.uint32();
                                break;
                            }
                        case 8: {
                                message.totalPoints = reader.uint64();
                                break;
                            }
                        case 9: {
                                if (!(message.contributors && message.contributors.length))
                                    message.contributors = [];
                                message.contributors.push($root.tributary.attribution.v1.ContributorCredit.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 10: {
                                if (!(message.contributions && message.contributions.length))
                                    message.contributions = [];
                                message.contributions.push($root.tributary.attribution.v1.ContributionCredit.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 11: {
                                message.residual = reader.uint64();
                                break;
                            }
                        case 12: {
                                message.residualParts = $root.tributary.attribution.v1.ResidualParts.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 13: {
                                message.fee = $root.cosmos.base.v1beta1.Coin.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 14: {
                                message.remainder = reader.string();
                                break;
                            }
                        case 15: {
                                message.paramsVersion = reader.uint32();
                                break;
                            }
                        case 16: {
                                message.height = reader.uint64();
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
                 * Gets the default type url for AttributionRecord
                 * @function getTypeUrl
                 * @memberof tributary.attribution.v1.AttributionRecord
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                AttributionRecord.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/tributary.attribution.v1.AttributionRecord";
                };

                return AttributionRecord;
            })();

            return v1;
        })();

        return attribution;
    })();

    return tributary;
})();

export const cosmos = $root.cosmos = (() => {

    /**
     * Namespace cosmos.
     * @exports cosmos
     * @namespace
     */
    const cosmos = {};

    cosmos.base = (function() {

        /**
         * Namespace base.
         * @memberof cosmos
         * @namespace
         */
        const base = {};

        base.v1beta1 = (function() {

            /**
             * Namespace v1beta1.
             * @memberof cosmos.base
             * @namespace
             */
            const v1beta1 = {};

            v1beta1.Coin = (function() {

                /**
                 * Properties of a Coin.
                 * @memberof cosmos.base.v1beta1
                 * @interface ICoin
                 * @property {string|null} [denom] Coin denom
                 * @property {string|null} [amount] Coin amount
                 */

                /**
                 * Constructs a new Coin.
                 * @memberof cosmos.base.v1beta1
                 * @classdesc Represents a Coin.
                 * @implements ICoin
                 * @constructor
                 * @param {cosmos.base.v1beta1.ICoin=} [properties] Properties to set
                 */
                function Coin(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Coin denom.
                 * @member {string} denom
                 * @memberof cosmos.base.v1beta1.Coin
                 * @instance
                 */
                Coin.prototype.denom = "";

                /**
                 * Coin amount.
                 * @member {string} amount
                 * @memberof cosmos.base.v1beta1.Coin
                 * @instance
                 */
                Coin.prototype.amount = "";

                /**
                 * Encodes the specified Coin message. Does not implicitly {@link cosmos.base.v1beta1.Coin.verify|verify} messages.
                 * @function encode
                 * @memberof cosmos.base.v1beta1.Coin
                 * @static
                 * @param {cosmos.base.v1beta1.ICoin} message Coin message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Coin.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.denom != null && Object.hasOwnProperty.call(message, "denom"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.denom);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.amount);
                    return writer;
                };

                /**
                 * Decodes a Coin message from the specified reader or buffer.
                 * @function decode
                 * @memberof cosmos.base.v1beta1.Coin
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {cosmos.base.v1beta1.Coin} Coin
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Coin.decode = function decode(reader, length, error, long) {
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
                    message = new $root.cosmos.base.v1beta1.Coin();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.denom = reader.string();
                                break;
                            }
                        case 2: {
                                message.amount = reader.string();
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
                 * Gets the default type url for Coin
                 * @function getTypeUrl
                 * @memberof cosmos.base.v1beta1.Coin
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Coin.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/cosmos.base.v1beta1.Coin";
                };

                return Coin;
            })();

            return v1beta1;
        })();

        return base;
    })();

    return cosmos;
})();

export { $root as default };
